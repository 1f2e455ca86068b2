using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.Extensions.Options;
using PolicyPortal.Web.Public;

namespace PolicyPortal.IntegrationTests.Public;

/// <summary>
/// The rendered part of /policy is kept per key in the &lt;cache&gt; tag helper's bounded cache
/// (MemoryLimits:RenderedDocumentsMegabytes): rendered once per key, counted by its size, and a part larger than the
/// whole cache is still shown but not kept.
/// </summary>
public sealed class RenderedHtmlTests
{
    private static RenderedHtml WithLimit(long bytes) =>
        new(new CacheTagHelperMemoryCacheFactory(Options.Create(new CacheTagHelperOptions { SizeLimit = bytes })), HtmlEncoder.Default);

    [Fact]
    public async Task A_part_is_rendered_once_per_key_and_again_for_another_key()
    {
        var rendered = WithLimit(1024 * 1024);
        var renders = 0;
        Task<IHtmlContent> Render(string text)
        {
            renders++;
            return Task.FromResult<IHtmlContent>(new HtmlContentBuilder().AppendHtml("<p>").Append(text).AppendHtml("</p>"));
        }

        Assert.Equal("<p>a &amp; b</p>", await rendered.GetOrRenderAsync("k1", TimeSpan.FromMinutes(1), () => Render("a & b")));
        Assert.Equal("<p>a &amp; b</p>", await rendered.GetOrRenderAsync("k1", TimeSpan.FromMinutes(1), () => Render("changed")));
        Assert.Equal(1, renders);

        Assert.Equal("<p>changed</p>", await rendered.GetOrRenderAsync("k2", TimeSpan.FromMinutes(1), () => Render("changed")));
        Assert.Equal(2, renders);
    }

    [Fact]
    public async Task A_part_larger_than_the_whole_cache_is_returned_and_not_kept()
    {
        var rendered = WithLimit(100);
        var renders = 0;
        var large = new string('я', 500);
        for (var i = 0; i < 2; i++)
        {
            var html = await rendered.GetOrRenderAsync("big", TimeSpan.FromMinutes(1), () =>
            {
                renders++;
                return Task.FromResult<IHtmlContent>(new HtmlString(large));
            });
            Assert.Equal(large, html);
        }

        Assert.Equal(2, renders);
    }
}
