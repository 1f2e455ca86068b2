using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using PolicyPortal.Web.Acknowledgements;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// Answers 413 to an upload larger than its limit before anything reads the body (antiforgery, model binding), and
/// caps bodies without a Content-Length. Under the limit, a too-large file gets a Russian message on its form.
/// </summary>
public sealed partial class UploadLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && PaperScanForm().IsMatch(context.Request.Path.Value ?? ""))
        {
            if (context.Request.ContentLength > PaperScans.RequestLimit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = PaperScans.RequestLimit;
            }
        }

        await next(context);
    }

    [GeneratedRegex("^/director/documents/[0-9a-fA-F-]{36}/acknowledgements/?$")]
    private static partial Regex PaperScanForm();
}
