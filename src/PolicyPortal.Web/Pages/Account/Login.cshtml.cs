using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IValidator<LoginInput> validator, ILogger<LoginModel> logger) : PageModel
{
    /// <summary>One message for an unknown user, a wrong password and a locked account, so the form reveals nothing.</summary>
    public const string FailedMessage = "Неверный адрес электронной почты или пароль.";
    public const string LockedMessage = "Слишком много неудачных попыток. Вход временно заблокирован, попробуйте через 15 минут.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

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

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null || user.IsDisabled || await users.IsLockedOutAsync(user))
        {
            // The same answer and the same work (one password hash) as a wrong password: neither the message nor the
            // time tells an unknown address from a locked or disabled account.
            users.PasswordHasher.HashPassword(new AppUser(), Input.Password);
            if (user is not null)
            {
                logger.LogWarning("Sign-in refused for {User} (locked out or disabled)", user.UserName);
            }

            return Failed(FailedMessage);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {User} signed in", user.UserName);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/dashboard");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl });
        }

        logger.LogWarning("Failed sign-in for {User} (locked out: {LockedOut})", user.UserName, result.IsLockedOut);
        return Failed(FailedMessage);
    }

    private PageResult Failed(string message)
    {
        ModelState.AddModelError("", message);
        return Page();
    }
}

public sealed class LoginInput
{
    [Display(Name = "Электронная почта")]
    public string Email { get; set; } = "";
    [Display(Name = "Пароль")]
    public string Password { get; set; } = "";
}

public sealed class LoginValidator : AbstractValidator<LoginInput>
{
    public LoginValidator()
    {
        RuleFor(i => i.Email).NotEmpty().WithMessage("Укажите адрес электронной почты.");
        RuleFor(i => i.Password).NotEmpty().WithMessage("Введите пароль.");
    }
}
