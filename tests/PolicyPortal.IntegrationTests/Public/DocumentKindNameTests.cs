using System.Text.Json;
using System.Xml.Linq;
using PolicyPortal.Domain.Import;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace PolicyPortal.IntegrationTests.Public;

/// <summary>
/// A standalone Порядок (the Balakovo seed) is named «Порядок» wherever the portal names it — on the public pages, in
/// the feed and JSON, in the director's list, in its PDF's title and file name — never by the stored kind «Положение».
/// </summary>
public sealed class DocumentKindNameTests : IAsyncLifetime
{
    private readonly PdfPortalFactory factory = new();
    private FormClient director = default!;
    private FormClient visitor = default!;
    private Guid id;

    public async Task InitializeAsync()
    {
        director = await TestAccounts.SetUpAsync(factory);
        visitor = factory.CreateFormClient();
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", "balakovo-bpt-poryadok-2025.txt"));
        var document = await factory.SaveAsync(DocumentImporter.Import(source).Content);
        await factory.RenderPdfsAsync(document.Id);
        id = document.Id;
    }

    [Fact]
    public async Task The_public_pages_name_the_balakovo_procedure_a_poryadok()
    {
        var (_, policy) = await visitor.GetAsync("/policy");
        Assert.StartsWith("Порядок «", policy.QuerySelector(".doc-card h2")!.TextContent.Trim(), StringComparison.Ordinal);

        var (_, archive) = await visitor.GetAsync("/documents");
        Assert.Equal("Порядок", archive.QuerySelector($"a[href='/documents/{id}']")!.TextContent.Trim());

        var (_, page) = await visitor.GetAsync($"/documents/{id}");
        Assert.Equal("Порядок", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("Положение", page.Title, StringComparison.Ordinal);

        var feed = XDocument.Parse(await visitor.Http.GetStringAsync("/documents/feed.atom"));
        var entry = feed.Descendants().Single(e => e.Name.LocalName == "entry");
        Assert.StartsWith("Порядок «", entry.Elements().Single(e => e.Name.LocalName == "title").Value, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await visitor.Http.GetStringAsync("/api/policy.json"));
        Assert.Equal("Порядок", json.RootElement.GetProperty("typeName").GetString());
    }

    [Fact]
    public async Task The_directors_list_names_the_balakovo_procedure_a_poryadok()
    {
        var (_, list) = await director.GetAsync("/director/documents");

        var row = list.QuerySelector($"tr:has(a[href^='/director/documents/{id}'])")!;
        Assert.Contains("Порядок", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Положение", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_of_the_balakovo_procedure_is_titled_and_named_a_poryadok()
    {
        using var response = await visitor.Http.GetAsync($"/documents/{id}/pdf");
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var fileName = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!;
        Assert.StartsWith("Порядок ", fileName, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(bytes);
        Assert.StartsWith("Порядок ", pdf.Information.Title, StringComparison.Ordinal);
        var first = PdfReading.Normal(PdfReading.PageTexts(bytes)[0]);
        Assert.Contains("ПОРЯДОК", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Положение", first, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        director.Dispose();
        visitor.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
