using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.Extensions.Caching.Memory;

namespace PolicyPortal.Web.Public;

/// <summary>
/// A part of a public page rendered once per state of what it shows (the caller's key) and kept as one string, in the
/// &lt;cache&gt; tag helper's own bounded cache (MemoryLimits:RenderedDocumentsMegabytes). Written into the page as a
/// string, it goes to the response in the writer's large blocks; the tag helper's copy is instead appended, on every
/// request, to 1 KB pages rented from the shared array pool — about 45 for /policy, more than the pool keeps, so most
/// were allocated anew and dropped each time (about 50 KB of garbage per request).
/// </summary>
public sealed class RenderedHtml(CacheTagHelperMemoryCacheFactory caches, HtmlEncoder encoder)
{
    public async Task<string> GetOrRenderAsync(string key, TimeSpan sliding, Func<Task<IHtmlContent>> render)
    {
        var cacheKey = (nameof(RenderedHtml), key);
        if (caches.Cache.TryGetValue(cacheKey, out string? kept) && kept is not null)
        {
            return kept;
        }

        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        (await render()).WriteTo(writer, encoder);
        var html = writer.ToString();
        caches.Cache.Set(cacheKey, html, new MemoryCacheEntryOptions { SlidingExpiration = sliding, Size = 2L * html.Length });
        return html;
    }
}
