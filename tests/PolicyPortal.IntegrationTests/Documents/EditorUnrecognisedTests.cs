using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>
/// Text the import could not place blocks publication until the director, in the panel beside the editor, assigns each
/// fragment to a part of the document or discards it as noise; each choice is audited.
/// </summary>
public sealed class EditorUnrecognisedTests : IAsyncLifetime
{
    private const string Stamp = "ОТЯНИЯП";
    private const string Mark = "Рассмотрено и одобрено на заседании педагогического совета протокол № 10 от «12» апреля 2025 г.";
    private const string Clause = "Настоящий порядок вступает в силу со дня его утверждения.";

    private readonly PortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Each_fragment_is_assigned_or_discarded_in_the_panel_and_publication_waits_for_the_last()
    {
        var id = await DraftWithFragmentsAsync(Stamp, Mark, Clause);
        var panel = $"/director/documents/{id}/unrecognised";

        var (_, overview) = await director.GetAsync($"/director/documents/{id}");
        var errors = overview.QuerySelectorAll(".check-list.errors a").Select(a => (Text: a.TextContent, Href: a.GetAttribute("href") ?? "")).ToList();
        Assert.Contains(errors, e => e.Text.Contains("фрагментов: 3", StringComparison.Ordinal) && e.Href == panel);
        Assert.Null(overview.QuerySelector($"a[href='/director/documents/{id}/publish']"));

        var (_, page) = await director.GetAsync(panel);
        Assert.Equal([Stamp, Mark, Clause], page.QuerySelectorAll(".fragment .fragment-text").Select(p => p.TextContent));
        Assert.NotNull(page.QuerySelector(".fragments-document .paper"));

        var (discarded, _) = await PostFragmentAsync(id, Stamp, new() { ["Input.Discard"] = "true" });
        Assert.True(FormClient.IsRedirectTo(discarded, panel));
        await PostFragmentAsync(id, Mark, new() { ["Input.Target"] = nameof(FragmentTarget.Mark), ["Input.Placement"] = nameof(MarkPlacement.AfterText) });

        (_, overview) = await director.GetAsync($"/director/documents/{id}");
        Assert.Contains(overview.QuerySelectorAll(".check-list.errors a"), a => a.TextContent.Contains("фрагментов: 1", StringComparison.Ordinal));

        var (regulation, section) = await LastSectionAsync(id);
        await PostFragmentAsync(id, Clause, new() { ["Input.Target"] = nameof(FragmentTarget.Clause), ["Input.Section"] = $"{regulation}:{section}" });

        var content = (await DocumentArrange.LoadAsync(factory, id)).ReadContent();
        Assert.DoesNotContain(content.Appendices, UnrecognisedText.IsUnplaced);
        var mark = Assert.Single(content.ApprovalMarks, m => m.ProtocolNumber == "10");
        Assert.Equal((MarkKind.ConsideredAndEndorsed, MarkPlacement.AfterText, new DateOnly(2025, 4, 12)), (mark.Kind, mark.Placement, mark.Date!.Value));
        Assert.Equal(Clause, content.Appendices[regulation].Sections[section].Clauses[^1].Text);
        Assert.DoesNotContain(Stamp, Domain.Documents.DocumentJson.Serialize(content), StringComparison.Ordinal);

        (_, overview) = await director.GetAsync($"/director/documents/{id}");
        Assert.DoesNotContain(overview.QuerySelectorAll(".check-list.errors a"), a => a.TextContent.Contains(AppendixReader.UnplacedTitle, StringComparison.Ordinal));
        Assert.NotNull(overview.QuerySelector($"a[href='/director/documents/{id}/publish']"));
        var history = overview.QuerySelectorAll(".history li").Select(li => li.TextContent).ToList();
        Assert.Contains(history, h => h.Contains($"«{Stamp}» отброшено как шум", StringComparison.Ordinal));
        Assert.Contains(history, h => h.Contains("отметка «РАССМОТРЕНО И ОДОБРЕНО» документа", StringComparison.Ordinal));

        await using var scope = factory.Scope(out var db);
        var audited = await db.AuditLog.AsNoTracking().Where(a => a.EntityId == id.ToString() && a.Action == AuditActions.Edit).Select(a => a.Details).ToListAsync();
        Assert.Equal(3, audited.Count(d => d.StartsWith(AppendixReader.UnplacedTitle + ":", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_choice_that_does_not_fit_is_refused_at_the_top_and_beside_its_field_keeping_what_was_chosen()
    {
        var id = await DraftWithFragmentsAsync(Stamp, "Педагогическим советом 12.04.2025");
        var before = await DocumentArrange.LoadAsync(factory, id);

        var (refused, page) = await PostFragmentAsync(id, Stamp, new() { ["Input.Target"] = nameof(FragmentTarget.AppendixGrif), ["Input.Appendix"] = "" });
        Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
        var summary = page.QuerySelector("#fragment0 form [data-error-summary]");
        Assert.NotNull(summary);
        Assert.Equal("#Fragment0_Appendix", summary.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("Выберите приложение", page.QuerySelector("#Fragment0_Appendix-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Fragment0_Appendix")?.GetAttribute("aria-invalid"));
        Assert.Equal(nameof(FragmentTarget.AppendixGrif), ((IHtmlSelectElement)page.QuerySelector("#Fragment0_Target")!).Value);
        Assert.Null(page.QuerySelector("#fragment1 [data-error-summary]"));

        (_, page) = await PostFragmentAsync(id, Stamp, new() { ["Input.Target"] = "" });
        Assert.Contains("Выберите, что это за текст", page.QuerySelector("#Fragment0_Target-error")?.TextContent, StringComparison.Ordinal);

        // A mark with no keyword of its own needs its kind.
        (_, page) = await PostFragmentAsync(id, "Педагогическим советом 12.04.2025", new() { ["Input.Target"] = nameof(FragmentTarget.Mark) });
        Assert.Contains("выберите вид отметки", page.QuerySelector("#Fragment1_MarkKind-error")?.TextContent, StringComparison.Ordinal);

        Assert.Equal(before.Revision, (await DocumentArrange.LoadAsync(factory, id)).Revision);
        Assert.Equal(2, UnrecognisedText.Fragments((await DocumentArrange.LoadAsync(factory, id)).ReadContent()).Count);

        await PostFragmentAsync(id, "Педагогическим советом 12.04.2025", new() { ["Input.Target"] = nameof(FragmentTarget.Mark), ["Input.MarkKind"] = nameof(MarkKind.Agreed) });
        var mark = Assert.Single((await DocumentArrange.LoadAsync(factory, id)).ReadContent().ApprovalMarks, m => m.Body == "Педагогическим советом");
        Assert.Equal((MarkKind.Agreed, new DateOnly(2025, 4, 12)), (mark.Kind, mark.Date!.Value));
    }

    [Fact]
    public async Task A_double_submit_discards_one_of_two_identical_fragments_once()
    {
        var id = await DraftWithFragmentsAsync(Stamp, Stamp);
        var panel = $"/director/documents/{id}/unrecognised";
        var (_, page) = await director.GetAsync(panel);
        var form = (IHtmlFormElement)page.QuerySelector("#fragment0 form")!;

        var (first, _) = await director.PostFormAsync(form, panel, new Dictionary<string, string> { ["Input.Discard"] = "true" });
        var (second, _) = await director.PostFormAsync(form, panel, new Dictionary<string, string> { ["Input.Discard"] = "true" });

        Assert.True(FormClient.IsRedirectTo(first, panel));
        Assert.True(FormClient.IsRedirectTo(second, panel));
        Assert.Equal([Stamp], UnrecognisedText.Fragments((await DocumentArrange.LoadAsync(factory, id)).ReadContent()));
        (_, page) = await director.GetAsync(panel);
        Assert.Contains("Осталось фрагментов: 1", page.QuerySelector(".notice[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_document_s_fragments_are_not_touched()
    {
        var id = await DraftWithFragmentsAsync(Stamp);
        var panel = $"/director/documents/{id}/unrecognised";
        var (_, page) = await director.GetAsync(panel);
        var form = (IHtmlFormElement)page.QuerySelector("#fragment0 form")!;
        await using (var scope = factory.Scope(out var db))
        {
            var document = await db.Documents.SingleAsync(d => d.Id == id);
            document.Publish(DocumentArrange.ApprovedOnPaper, "test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var snapshot = (await DocumentArrange.LoadAsync(factory, id)).SnapshotJson;
        var (response, _) = await director.PostFormAsync(form, panel, new Dictionary<string, string> { ["Input.Discard"] = "true" });

        Assert.True(FormClient.IsRedirectTo(response, $"/director/documents/{id}"));
        Assert.Equal(snapshot, (await DocumentArrange.LoadAsync(factory, id)).SnapshotJson);
    }

    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostFragmentAsync(Guid id, string fragment, Dictionary<string, string> fields)
    {
        var panel = $"/director/documents/{id}/unrecognised";
        var (_, page) = await director.GetAsync(panel);
        var item = page.QuerySelectorAll(".fragment").First(li => li.QuerySelector(".fragment-text")!.TextContent == fragment);
        return await director.PostFormAsync((IHtmlFormElement)item.QuerySelector("form")!, panel, fields);
    }

    private async Task<Guid> DraftWithFragmentsAsync(params string[] fragments)
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director);
        await using var scope = factory.Scope(out var db);
        var document = db.Documents.Single(d => d.Id == id);
        var content = document.ReadContent();
        content.Appendices.Add(AppendixReader.Unplaced(fragments));
        document.UpdateDraft(content, "import", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return id;
    }

    private async Task<(int Appendix, int Section)> LastSectionAsync(Guid id)
    {
        var content = (await DocumentArrange.LoadAsync(factory, id)).ReadContent();
        var appendix = content.Appendices.FindIndex(a => a.Kind == AppendixKind.Regulation && a.Sections.Count > 0);
        return (appendix, content.Appendices[appendix].Sections.Count - 1);
    }

    public Task DisposeAsync()
    {
        director.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
