using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>Text the import could not place blocks publication until the director assigns it and removes it.</summary>
public sealed class EditorUnrecognisedTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Unrecognised_text_blocks_publication_links_to_itself_and_its_removal_is_recorded()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director);
        int number;
        await using (var scope = factory.Scope(out var db))
        {
            var document = db.Documents.Single(d => d.Id == id);
            var content = document.ReadContent();
            content.Appendices.Add(new Appendix { Kind = AppendixKind.FreeText, Title = AppendixReader.UnplacedTitle, Text = "ОТЯНИЯП" });
            number = content.Appendices.Count;
            document.UpdateDraft(content, "import", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var (_, overview) = await director.GetAsync($"/director/documents/{id}");
        var errors = overview.QuerySelectorAll(".check-list.errors a").Select(a => (Text: a.TextContent, Href: a.GetAttribute("href") ?? "")).ToList();
        Assert.Contains(errors, e => e.Text.Contains(AppendixReader.UnplacedTitle) && e.Href.StartsWith($"/director/documents/{id}/appendix-{number}", StringComparison.Ordinal));
        Assert.Null(overview.QuerySelector($"a[href='/director/documents/{id}/publish']"));
        var (_, part) = await director.GetAsync($"/director/documents/{id}/appendix-{number}");
        Assert.Equal("ОТЯНИЯП", FormClient.ValueOf(part, "Appendix.Text"));

        await director.SubmitAsync($"/director/documents/{id}", new Dictionary<string, string> { ["Op"] = $"remove-appendix:{number - 1}" }, "#appendices form");

        (_, overview) = await director.GetAsync($"/director/documents/{id}");
        Assert.DoesNotContain(overview.QuerySelectorAll(".check-list.errors a"), a => a.TextContent.Contains(AppendixReader.UnplacedTitle));
        Assert.NotNull(overview.QuerySelector($"a[href='/director/documents/{id}/publish']"));
        Assert.Contains(overview.QuerySelectorAll(".history li"), li => li.TextContent.Contains($"удалено приложение {number}", StringComparison.OrdinalIgnoreCase));
    }

    public Task DisposeAsync()
    {
        director.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
