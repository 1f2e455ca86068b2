using Microsoft.Extensions.Options;

namespace PolicyPortal.Web.Hosting;

/// <summary>Headers ASP.NET Core does not send by default, on every response (404s, static files and PDFs included).</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SiteOptions> site)
{
    private readonly string frameAncestors = string.Join(' ', ["'self'", .. site.Value.EmbedOrigins]);

    /// <summary>The embeddable view may be framed only by the college's own sites, not even by the portal itself.</summary>
    private readonly string embedFrameAncestors = site.Value.EmbedOrigins is { Length: > 0 } origins ? string.Join(' ', origins) : "'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                var ancestors = context.Request.Path.StartsWithSegments("/embed", StringComparison.OrdinalIgnoreCase) ? embedFrameAncestors : frameAncestors;
                headers.ContentSecurityPolicy =
                    $"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {ancestors}";
            }

            if (context.User.Identity?.IsAuthenticated == true)
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
