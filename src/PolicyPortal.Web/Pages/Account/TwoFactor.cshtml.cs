using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Account;

/// <summary>The second step of sign-in for users with two-factor sign-in: a code from the authenticator app or a recovery code.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class TwoFactorModel(SignInManager<AppUser> signIn, IValidator<TwoFactorInput> validator, ILogger<TwoFactorModel> logger) : PageModel
{
    public const string NotAllowedMessage = "Вход с этой учётной записью невозможен. Обратитесь к администратору портала.";
    public const string WrongCodeMessage = "Код не подошёл. Проверьте, что время на телефоне выставлено верно, и попробуйте ещё раз.";

    [BindProperty]
    public TwoFactorInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/login") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect("/account/login");
        }

        var digits = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = digits.Length == 6 && digits.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            logger.LogInformation("User {User} signed in with a second factor", user.UserName);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/dashboard");
        }

        logger.LogWarning("Wrong second-factor code for {User} (locked out: {LockedOut})", user.UserName, result.IsLockedOut);
        if (result.IsNotAllowed)
        {
            // Disabled between the password and the code: the half-done sign-in ends here.
            await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
            ModelState.AddModelError("", NotAllowedMessage);
            return Page();
        }

        ModelState.AddModelError("", result.IsLockedOut ? LoginModel.LockedMessage : WrongCodeMessage);
        return Page();
    }
}

public sealed class TwoFactorInput
{
    [Display(Name = "Код из приложения или код восстановления")]
    public string Code { get; set; } = "";
}

public sealed class TwoFactorValidator : AbstractValidator<TwoFactorInput>
{
    public TwoFactorValidator() => RuleFor(i => i.Code).NotEmpty().WithMessage("Введите код.").MaximumLength(20).WithMessage("Код слишком длинный.");
}
