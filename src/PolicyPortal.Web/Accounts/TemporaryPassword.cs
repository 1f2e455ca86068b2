using System.Security.Claims;

namespace PolicyPortal.Web.Accounts;

/// <summary>
/// A password the administrator set is known to two people: its holder changes it at the first sign-in, and until then
/// the only pages open are the change-password page, two-factor enrolment and sign-out. The mark is a user claim, so it
/// travels in the principal and leaves with the claim.
/// </summary>
public static class TemporaryPassword
{
    public const string ChangePath = "/account/change-password";
    public const string ClaimType = "pp_temporary_password";

    public static Claim Mark() => new(ClaimType, "1");

    public static bool MustChange(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && user.HasClaim(c => c.Type == ClaimType);
}

/// <summary>Sends a user whose password was set by the administrator to change it before anything else.</summary>
public sealed class TemporaryPasswordGate(RequestDelegate next)
{
    private static readonly string[] StillOpen =
        [TemporaryPassword.ChangePath, TwoFactorPolicy.EnrolmentPath, "/account/logout", "/error", "/health", "/css/", "/js/"];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (TemporaryPassword.MustChange(context.User) && !StillOpen.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(TemporaryPassword.ChangePath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
