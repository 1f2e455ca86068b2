using AngleSharp.Dom;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Public;

/// <summary>
/// Microdata for the college site's «Сведения об образовательной организации → Документы» (приказ Рособрнадзора № 1493,
/// п. 27; the attribute is a setting, «modeDocLink» by default, see docs/microdata.md): every link to the document in
/// force carries it, a superseded document does not (it is no longer one of the subsection's documents).
/// </summary>
public sealed class MicrodataTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;
    private FormClient visitor = default!;
    private Guid old;
    private Guid current;

    public async Task InitializeAsync()
    {
        director = await TestAccounts.SetUpAsync(factory);
        visitor = factory.CreateFormClient();
        old = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, old);
        current = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");
        await DocumentArrange.PublishAsync(director, current, supersedes: old);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private static IElement[] Marked(IDocument page) => [.. page.QuerySelectorAll("[itemprop]")];

    [Fact]
    public async Task The_archive_marks_the_link_to_the_document_in_force_and_not_the_superseded_one()
    {
        var (_, archive) = await visitor.GetAsync("/documents");

        var marked = Assert.Single(Marked(archive));
        Assert.Equal("a", marked.LocalName);
        Assert.Equal("modeDocLink", marked.GetAttribute("itemprop"));
        Assert.Equal($"/documents/{current}", marked.GetAttribute("href"));
        Assert.Contains(archive.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/documents/{old}" && !a.HasAttribute("itemprop"));
    }

    [Theory]
    [InlineData("/policy")]
    [InlineData("/embed/policy")]
    [InlineData("/documents/{current}")]
    [InlineData("/a11y/documents/{current}")]
    public async Task The_pdf_of_the_document_in_force_carries_the_attribute(string url)
    {
        var (_, page) = await visitor.GetAsync(url.Replace("{current}", current.ToString(), StringComparison.Ordinal));

        var marked = Assert.Single(Marked(page));
        Assert.Equal("a", marked.LocalName);
        Assert.Equal("modeDocLink", marked.GetAttribute("itemprop"));
        Assert.Equal($"/documents/{current}/pdf", marked.GetAttribute("href"));
    }

    [Fact]
    public async Task The_page_of_a_superseded_document_carries_none()
    {
        var (_, page) = await visitor.GetAsync($"/documents/{old}");

        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/documents/{old}/pdf");
        Assert.Empty(Marked(page));
    }

    [Fact]
    public async Task The_attribute_is_the_one_the_college_configures()
    {
        using var configured = new PortalFactory(factory.Database).WithSetting("PublicPages:DocumentItemprop", "localActStud");
        var client = configured.CreateFormClient();

        var (_, embed) = await client.GetAsync("/embed/policy");
        var (_, archive) = await client.GetAsync("/documents");

        Assert.Equal("localActStud", Assert.Single(Marked(embed)).GetAttribute("itemprop"));
        Assert.Equal("localActStud", Assert.Single(Marked(archive)).GetAttribute("itemprop"));
    }
}
