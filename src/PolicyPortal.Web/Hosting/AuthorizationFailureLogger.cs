using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace PolicyPortal.Web.Hosting;

/// <summary>Writes every refused authorisation to the log — who, what, when — then answers as usual (login or access denied).</summary>
public sealed class AuthorizationFailureLogger(TimeProvider clock, ILogger<AuthorizationFailureLogger> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden || authorizeResult.Challenged)
        {
            var handler = context.Request.Query["handler"].ToString();
            logger.LogWarning(
                "Authorisation refused ({Outcome}) for {User} on {Method} {Resource} at {Time:O}",
                authorizeResult.Forbidden ? "forbidden" : "challenged",
                context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : "anonymous",
                context.Request.Method,
                handler.Length > 0 ? $"{context.Request.Path}?handler={handler}" : context.Request.Path.ToString(),
                clock.GetUtcNow());
        }

        return standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
