using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace PolicyPortal.Web.Accounts;

/// <summary>
/// Two-factor sign-in (an authenticator app, TOTP) is open to everyone and required for administrators, directors and curators:
/// until they have enrolled, the only pages they can reach are the enrolment page and sign-out.
/// </summary>
public static class TwoFactorPolicy
{
    public const string EnrolmentPath = "/account/two-factor/setup";

    /// <summary>Identity marks a sign-in that passed the second factor with this authentication-method claim.</summary>
    private const string MethodClaim = "amr";
    private const string SecondFactor = "mfa";

    public static Claim SecondFactorClaim() => new(MethodClaim, SecondFactor);

    public static bool IsRequiredFor(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Director) || user.IsInRole(Roles.Curator);

    public static bool MustEnrol(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && IsRequiredFor(user) && !user.HasClaim(MethodClaim, SecondFactor);

    /// <summary>The security-stamp check rebuilds the principal on every request; keep the mark of the second factor.</summary>
    public static Task KeepSecondFactorMark(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.HasClaim(MethodClaim, SecondFactor) == true && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && !identity.HasClaim(MethodClaim, SecondFactor))
        {
            identity.AddClaim(SecondFactorClaim());
        }

        return Task.CompletedTask;
    }
}

/// <summary>Sends an administrator or director who signed in without a second factor to the enrolment page.</summary>
public sealed class TwoFactorEnrolmentGate(RequestDelegate next)
{
    private static readonly string[] StillOpen = [TwoFactorPolicy.EnrolmentPath, "/account/logout", "/error", "/health", "/css/"];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (TwoFactorPolicy.MustEnrol(context.User) && !StillOpen.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(TwoFactorPolicy.EnrolmentPath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
