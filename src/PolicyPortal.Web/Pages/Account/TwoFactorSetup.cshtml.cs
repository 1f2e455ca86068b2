using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using QRCoder;

namespace PolicyPortal.Web.Pages.Account;

/// <summary>Enrolment in two-factor sign-in with an authenticator app (TOTP, RFC 6238), and new recovery codes.</summary>
public sealed class TwoFactorSetupModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, IValidator<TwoFactorInput> validator, ILogger<TwoFactorSetupModel> logger) : PageModel
{
    private const string Issuer = "PolicyPortal";

    [BindProperty]
    public TwoFactorInput Input { get; set; } = new();

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public const string ConfirmationMessage = "Введите пароль или код из приложения: без них новые коды восстановления не выдаются.";
    public const string WrongConfirmationMessage = "Пароль или код не подошёл.";

    /// <summary>The password or a current code from the app: new recovery codes replace the old ones, so a session left open must not get them.</summary>
    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Пароль или код из приложения")]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var validation = await validator.ValidateAsync(Input, ct);
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
        }
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", TwoFactorModel.WrongCodeMessage);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        // Other browsers signed in with the password alone are signed out; this one now counts as two-factor.
        await DatabaseTicketStore.EndSessionsAsync(db, user.Id, keepCurrentOf: HttpContext);
        var current = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await signIn.SignInWithClaimsAsync(user, current.Properties, [TwoFactorPolicy.SecondFactorClaim()]);
        logger.LogInformation("User {User} enabled two-factor sign-in", user.UserName);
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostNewRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        var secret = (Confirmation ?? "").Trim();
        var digits = secret.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (secret.Length == 0)
        {
            ModelState.AddModelError(nameof(Confirmation), ConfirmationMessage);
        }
        else if (!await ConfirmedAsync(user, secret, digits))
        {
            logger.LogWarning("User {User} asked for new recovery codes with a wrong password or code", user.UserName);
            ModelState.AddModelError(nameof(Confirmation), WrongConfirmationMessage);
        }

        if (!ModelState.IsValid)
        {
            Confirmation = null;
            await LoadAsync(user);
            return Page();
        }

        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        logger.LogInformation("User {User} generated new recovery codes", user.UserName);
        Enabled = true;
        return Page();
    }

    /// <summary>A current code (single use) or the password; a wrong one counts toward the account's lockout either way.</summary>
    private async Task<bool> ConfirmedAsync(AppUser user, string secret, string digits)
    {
        if (digits.Length == 6 && digits.All(char.IsAsciiDigit))
        {
            if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
            {
                return true;
            }

            await users.AccessFailedAsync(user);
            return false;
        }

        return (await signIn.CheckPasswordSignInAsync(user, secret, lockoutOnFailure: true)).Succeeded;
    }

    private async Task LoadAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = TwoFactorPolicy.IsRequiredFor(User);
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
            // Resetting the key changes the security stamp; re-issue this browser's cookie so it stays signed in.
            await signIn.RefreshSignInAsync(user);
        }

        SharedKey = Grouped(key);
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? user.UserName ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var qr = QRCodeGenerator.GenerateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(qr).GetGraphic(6));
    }

    /// <summary>The key in groups of four, easier to type by hand: «abcd efgh …».</summary>
    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
