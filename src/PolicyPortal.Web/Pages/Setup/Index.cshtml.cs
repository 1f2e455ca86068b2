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
    AdministratorAccounts administrators,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IValidator<SetupInput> validator,
    InstitutionInfo institution) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await state.IsDoneAsync() ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await state.IsDoneAsync(ct))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        await state.Gate.WaitAsync(ct);
        try
        {
            if (await state.IsDoneAsync(ct))
            {
                return NotFound();
            }

            var email = Input.AdminEmail.Trim();
            var passwordCheck = await users.CheckNewPasswordAsync(new AppUser { UserName = email, Email = email }, Input.AdminPassword);
            if (!passwordCheck.Succeeded)
            {
                ModelState.AddErrors(passwordCheck, "Input.AdminPassword", "Input.AdminEmail");
                return Page();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var profile = new InstitutionProfile();
            Input.Profile.CopyTo(profile);
            db.Institutions.Add(profile);
            await db.SaveChangesAsync(ct);
            var (created, user) = await administrators.CreateAsync(email, Input.AdminFullName, Input.AdminPassword, alsoDirector: Input.AdminIsDirector);
            if (!created.Succeeded)
            {
                ModelState.AddErrors(created, "Input.AdminPassword", "Input.AdminEmail");
                return Page();
            }

            await transaction.CommitAsync(ct);
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
    public SetupValidator(IValidator<ProfileInput> profileValidator)
    {
        RuleFor(i => i.Profile).SetValidator(profileValidator);
        RuleFor(i => i.AdminFullName).NotEmpty().WithMessage("Укажите ФИО администратора.").NoLongerThan(AppUser.MaxFullNameLength);
        RuleFor(i => i.AdminEmail).NotEmpty().WithMessage("Укажите адрес электронной почты.")
            .EmailAddress().WithMessage("Адрес электронной почты указан неверно.");
        RuleFor(i => i.AdminPassword).PortalPassword();
        RuleFor(i => i.AdminPasswordConfirm).SameAs(i => i.AdminPassword);
    }
}
