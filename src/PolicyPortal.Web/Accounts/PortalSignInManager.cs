using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace PolicyPortal.Web.Accounts;

/// <summary>
/// Identity's sign-in with one rule more: a disabled account can take no step. Every step runs <see cref="CanSignInAsync"/>
/// (the password, the code after the password, the password that signs an acknowledgement), and the per-request
/// stamp check refuses a disabled user too, so disabling someone between the password and the code step, or while
/// a session lives, lets nothing more through.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<AppUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<AppUser> claims, IOptions<IdentityOptions> options,
    ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<AppUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { IsDisabled: false } user ? user : null;

    public override async Task<AppUser?> ValidateTwoFactorSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateTwoFactorSecurityStampAsync(principal) is { IsDisabled: false } user ? user : null;
}
