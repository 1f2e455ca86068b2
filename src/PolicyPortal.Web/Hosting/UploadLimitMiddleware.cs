using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// Applies an endpoint's own request-size limit (its <c>[RequestSizeLimit]</c>, as endpoint metadata) before anything
/// reads the body (antiforgery, model binding): a declared length past it is a 413 at once, and the server's body limit
/// is set to it for bodies without a length. The endpoint is found by routing, so the address's spelling (case,
/// trailing slash, query) cannot slip past. Under the limit, a too-large file gets a Russian message on its form.
/// </summary>
public sealed class UploadLimitMiddleware(RequestDelegate next, ILogger<UploadLimitMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } max })
        {
            if (context.Request.ContentLength > max)
            {
                logger.LogWarning("Refused a {Length}-byte request to {Path} (limit {Limit} bytes)", context.Request.ContentLength, context.Request.Path, max);
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = max;
            }
        }

        await next(context);
    }
}
