using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Pages.Admin.Profile;
using PolicyPortal.Web.Setup;

namespace PolicyPortal.Web.Pages.Setup;

/// <summary>First run: the institution profile and the first administrator. Gone for good once a user exists.</summary>
[AllowAnonymous]
public sealed class IndexModel(
    SetupState state,
    AppDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    SignInManager<AppUser> signIn,
    InstitutionInfo institution) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await state.IsDoneAsync() ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await state.IsDoneAsync())
        {
            return NotFound();
        }

        var validation = new SetupValidator().Validate(Input);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        await state.Gate.WaitAsync();
        try
        {
            if (await state.IsDoneAsync())
            {
                return NotFound();
            }

            var user = new AppUser { UserName = Input.AdminEmail.Trim(), Email = Input.AdminEmail.Trim(), FullName = Input.AdminFullName.Trim(), EmailConfirmed = true };
            var passwordCheck = await ValidatePasswordAsync(user);
            if (!passwordCheck.Succeeded)
            {
                ModelState.AddErrors(passwordCheck, "Input.AdminPassword", "Input.AdminEmail");
                return Page();
            }

            await using var transaction = await db.Database.BeginTransactionAsync();
            var profile = new InstitutionProfile();
            Input.Profile.CopyTo(profile);
            db.Institutions.Add(profile);
            await db.SaveChangesAsync();
            foreach (var role in Roles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole(role));
                }
            }

            var created = await users.CreateAsync(user, Input.AdminPassword);
            if (!created.Succeeded)
            {
                ModelState.AddErrors(created, "Input.AdminPassword", "Input.AdminEmail");
                return Page();
            }

            await users.AddToRolesAsync(user, Input.AdminIsDirector ? [Roles.Administrator, Roles.Director] : [Roles.Administrator]);
            await transaction.CommitAsync();
            state.MarkDone();
            institution.Forget();
            await signIn.SignInAsync(user, isPersistent: false);
            return Redirect("/dashboard");
        }
        finally
        {
            state.Gate.Release();
        }
    }

    private async Task<IdentityResult> ValidatePasswordAsync(AppUser user)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, Input.AdminPassword);
            errors.AddRange(result.Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }
}

public sealed class SetupInput
{
    public ProfileInput Profile { get; set; } = new() { Type = InstitutionType.College, DirectorPosition = "Директор" };
    [Display(Name = "ФИО администратора")]
    public string AdminFullName { get; set; } = "";
    [Display(Name = "Электронная почта администратора (логин)")]
    public string AdminEmail { get; set; } = "";
    [Display(Name = "Пароль")]
    public string AdminPassword { get; set; } = "";
    [Display(Name = "Пароль ещё раз")]
    public string AdminPasswordConfirm { get; set; } = "";
    [Display(Name = "Администратор также директор (может готовить и публиковать приказы)")]
    public bool AdminIsDirector { get; set; }
}

public sealed class SetupValidator : AbstractValidator<SetupInput>
{
    public SetupValidator()
    {
        RuleFor(i => i.Profile).SetValidator(new ProfileValidator());
        RuleFor(i => i.AdminFullName).NotEmpty().WithMessage("Укажите ФИО администратора.");
        RuleFor(i => i.AdminEmail).NotEmpty().WithMessage("Укажите адрес электронной почты.")
            .EmailAddress().WithMessage("Адрес электронной почты указан неверно.");
        RuleFor(i => i.AdminPassword).NotEmpty().WithMessage("Придумайте пароль.")
            .MinimumLength(PasswordRules.MinimumLength).WithMessage($"Пароль должен быть не короче {PasswordRules.MinimumLength} символов.");
        RuleFor(i => i.AdminPasswordConfirm).Equal(i => i.AdminPassword).WithMessage("Пароли не совпадают.");
    }
}
