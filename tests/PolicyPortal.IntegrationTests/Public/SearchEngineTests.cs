using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Public;

/// <summary>robots.txt, sitemap.xml, a description and a canonical address on every public page.</summary>
public sealed class SearchEngineTests : IAsyncLifetime
{
    private const string BaseUrl = "https://portal.college.example";
    private readonly PortalFactory factory = new();
    private FormClient director = default!;
    private FormClient visitor = default!;

    public async Task InitializeAsync()
    {
        factory.WithSetting("Site:BaseUrl", BaseUrl);
        director = await TestAccounts.SetUpAsync(factory);
        visitor = factory.CreateFormClient();
    }

    [Fact]
    public async Task Robots_allow_the_public_pages_and_disallow_the_rest()
    {
        var response = await visitor.Http.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Allow: /policy", lines);
        Assert.Contains("Allow: /documents", lines);
        Assert.Contains("Disallow: /", lines);
        Assert.Contains($"Sitemap: {BaseUrl}/sitemap.xml", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Allow: /director", StringComparison.Ordinal) || l.StartsWith("Allow: /my", StringComparison.Ordinal) || l.StartsWith("Allow: /admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemap_lists_public_documents_and_no_draft()
    {
        var first = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, first);
        var second = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");
        await DocumentArrange.PublishAsync(director, second, supersedes: first);
        var draft = await DocumentArrange.CreateReadyDraftAsync(factory, director, "46");

        var response = await visitor.Http.GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value).ToList();
        Assert.Contains($"{BaseUrl}/", locations);
        Assert.Contains($"{BaseUrl}/documents/{first}", locations);
        Assert.Contains($"{BaseUrl}/documents/{second}", locations);
        Assert.DoesNotContain(locations, l => l.Contains(draft.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_public_page_has_a_description_and_a_canonical_address_from_the_site_setting()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, id);
        var second = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");
        await DocumentArrange.PublishAsync(director, second, supersedes: id);

        var expected = new Dictionary<string, string>
        {
            ["/"] = "/", ["/policy"] = "/", ["/a11y"] = "/", ["/documents"] = "/documents", ["/a11y/documents"] = "/documents",
            [$"/documents/{id}"] = $"/documents/{id}", [$"/a11y/documents/{id}"] = $"/documents/{id}",
            [$"/documents/{second}/changes"] = $"/documents/{second}/changes",
        };
        var descriptions = new HashSet<string>();
        foreach (var (url, canonical) in expected)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Host = "attacker.example"; // a forged Host never reaches a link
            var html = await (await visitor.Http.SendAsync(request)).Content.ReadAsStringAsync();
            var page = new HtmlParser().ParseDocument(html);

            Assert.Equal(BaseUrl + canonical, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            var description = page.QuerySelector("meta[name=description]")?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{url}: no description");
            descriptions.Add(description!);
            Assert.DoesNotContain("attacker.example", html, StringComparison.Ordinal);
        }

        Assert.True(descriptions.Count >= 4, "each kind of page describes itself");
    }

    public Task DisposeAsync()
    {
        visitor.Dispose();
        director.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
