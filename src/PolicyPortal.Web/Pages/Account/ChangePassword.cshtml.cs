using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Account;

/// <summary>
/// The current password is the one that signs acknowledgements: wrong guesses here count toward the account's lockout
/// and the page is rate-limited per address like sign-in.
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, IValidator<ChangePasswordInput> validator) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public const string WrongPasswordMessage = "Текущий пароль введён неверно.";

    public bool Changed { get; private set; }

    /// <summary>The password was set by the administrator: nothing else opens until it is changed.</summary>
    public bool Temporary => TemporaryPassword.MustChange(User);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, Input.CurrentPassword, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError("Input.CurrentPassword", check.IsLockedOut ? LoginModel.LockedMessage : WrongPasswordMessage);
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword", error.Description);
            }

            return Page();
        }

        foreach (var mark in (await users.GetClaimsAsync(user)).Where(c => c.Type == TemporaryPassword.ClaimType).ToList())
        {
            await users.RemoveClaimAsync(user, mark);
        }

        // Every other browser signed in as this user is signed out at once; this one stays.
        await DatabaseTicketStore.EndSessionsAsync(db, user.Id, keepCurrentOf: HttpContext);
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        Input = new ChangePasswordInput();
        return Page();
    }
}

public sealed class ChangePasswordInput
{
    [Display(Name = "Текущий пароль")]
    public string CurrentPassword { get; set; } = "";
    [Display(Name = "Новый пароль")]
    public string NewPassword { get; set; } = "";
    [Display(Name = "Новый пароль ещё раз")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordValidator()
    {
        RuleFor(i => i.CurrentPassword).NotEmpty().WithMessage("Введите текущий пароль.");
        RuleFor(i => i.NewPassword).PortalPassword("Придумайте новый пароль.");
        RuleFor(i => i.ConfirmPassword).SameAs(i => i.NewPassword);
    }
}
