using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Hosting.Cluster;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Pages.Admin.Profile;
using PolicyPortal.Web.Setup;

namespace PolicyPortal.Web.Pages.Setup;

/// <summary>
/// First run of an institution, on its own host: its profile and its first administrator. Gone for good once the
/// institution has a user, so it never adds an administrator beside an institution's existing accounts.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(
    SetupState state,
    AppDbContext db,
    AdministratorAccounts administrators,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IValidator<SetupInput> validator,
    InstitutionInfo institution,
    CurrentInstitution current,
    BackgroundWorkLock workLock) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await state.IsDoneAsync(current.Id, ct))
        {
            return NotFound();
        }

        // An institution added by «institution add» already has its name: the form starts from it.
        if (await db.Institutions.AsNoTracking().OrderBy(i => i.Id).FirstOrDefaultAsync(ct) is { } profile)
        {
            Input.Profile = ProfileInput.From(profile);
            Input.Profile.DirectorPosition = Input.Profile.DirectorPosition is { Length: > 0 } position ? position : "Директор";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await state.IsDoneAsync(current.Id, ct))
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
            // Two servers: the other one's setup of the same institution finishes first, then this one finds its user.
            await using var held = await workLock.AcquireAsync($"setup:{current.Id}", TimeSpan.FromSeconds(30), ct);
            if (await state.IsDoneAsync(current.Id, ct))
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
            var profile = await db.Institutions.OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
            if (profile is null)
            {
                profile = new InstitutionProfile();
                db.Institutions.Add(profile);
            }

            Input.Profile.CopyTo(profile);
            await db.SaveChangesAsync(ct);
            var (created, user) = await administrators.CreateAsync(email, Input.AdminFullName, Input.AdminPassword, alsoDirector: Input.AdminIsDirector);
            if (!created.Succeeded)
            {
                ModelState.AddErrors(created, "Input.AdminPassword", "Input.AdminEmail");
                return Page();
            }

            await transaction.CommitAsync(ct);
            state.MarkDone(current.Id);
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
