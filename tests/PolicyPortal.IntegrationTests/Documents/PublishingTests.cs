using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.IntegrationTests.Documents;

public sealed class PublishingTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Publishing_freezes_the_document_with_its_hash_and_records_it()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director);
        var response = await DocumentArrange.PublishAsync(director, id);

        Assert.True(FormClient.IsRedirectTo(response, $"/director/documents/{id}"));
        var document = await DocumentArrange.LoadAsync(factory, id);
        Assert.Equal(DocumentStatus.Published, document.Status);
        Assert.Equal(DocumentJson.Sha256(document.SnapshotJson!), document.SnapshotHash);
        Assert.Equal(TestAccounts.AdminEmail, document.PublishedBy);
        await using var scope = factory.Scope(out var db);
        Assert.Contains(await db.AuditLog.Where(a => a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync(), a => a == "publish");

        // Printed at publication: the package and each appendix are ready to download, listed for the director.
        var files = await db.PublishedFiles.Where(f => f.DocumentId == id).ToListAsync();
        Assert.Equal(document.ReadContent().Appendices.Count + 1, files.Count);
        Assert.All(files, f => Assert.Equal(PublishedFileStatus.Ready, f.Status));
        var (_, overview) = await director.GetAsync($"/director/documents/{id}");
        Assert.NotNull(overview.QuerySelector($"a[href='/documents/{id}/pdf']"));
    }

    [Fact]
    public async Task The_preview_shows_the_draft_as_it_will_print()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, "77");
        var (response, page) = await director.GetAsync($"/director/documents/{id}/preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = page.QuerySelector(".document")!.TextContent;
        Assert.Contains("ПРИКАЗ", text);
        Assert.Contains("77", text);
        Assert.Contains("Приложение 1", text);
    }

    [Fact]
    public async Task Publishing_without_confirmation_is_refused_next_to_the_checkbox()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director);
        var (response, page) = await director.SubmitAsync($"/director/documents/{id}/publish", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Подтвердите", FormClient.ErrorFor(page, "Confirmed"));
        Assert.Equal(DocumentStatus.Draft, (await DocumentArrange.LoadAsync(factory, id)).Status);
    }

    [Fact]
    public async Task A_document_with_errors_cannot_be_published_even_by_a_forged_post()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var response = await director.PostRawAsync($"/director/documents/{id}/publish", [new("Confirmed", "true")], $"/director/documents/{id}/publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocumentStatus.Draft, (await DocumentArrange.LoadAsync(factory, id)).Status);
    }

    [Fact]
    public async Task A_published_document_cannot_be_changed_by_any_request()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director);
        await DocumentArrange.PublishAsync(director, id);
        var before = await DocumentArrange.LoadAsync(factory, id);

        foreach (var (part, handler) in new[] { ("requisites", "Requisites"), ("items", "Items"), ("appendix-1", "Appendix"), ("acknowledgers", "Acknowledgers"), ("", "Appendices") })
        {
            var response = await director.PostRawAsync($"/director/documents/{id}/{part}?handler={handler}",
                [new("Revision", before.Revision.ToString(CultureInfo.InvariantCulture)), new("Requisites.Number", "999"), new("Requisites.Title", "Подмена"), new("Op", "remove-appendix:0")],
                "/director/documents");
            Assert.True(FormClient.IsRedirectTo(response, $"/director/documents/{id}"), $"{part}: {(int)response.StatusCode}");
        }

        var again = await director.PostRawAsync($"/director/documents/{id}/publish", [new("Confirmed", "true")], "/director/documents");
        Assert.True(FormClient.IsRedirectTo(again, $"/director/documents/{id}"));
        var after = await DocumentArrange.LoadAsync(factory, id);
        Assert.Equal(before.SnapshotJson, after.SnapshotJson);
        Assert.Equal(before.ContentJson, after.ContentJson);
        Assert.Equal(before.SnapshotHash, after.SnapshotHash);
    }

    [Fact]
    public async Task A_new_edition_supersedes_the_old_one_which_is_marked_and_linked()
    {
        var first = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, first);

        var (copied, _) = await director.SubmitAsync("/director/documents", new Dictionary<string, string>(), $"form[action*='handler=Copy'][action*='{first}']");
        var second = Guid.Parse(copied.Headers.Location!.OriginalString.Split('/').Last());
        var draft = await DocumentArrange.LoadAsync(factory, second);
        Assert.Equal(first, draft.SupersedesId);
        Assert.Equal("", draft.Number);

        await director.SubmitAsync($"/director/documents/{second}/requisites", new Dictionary<string, string> { ["Requisites.Number"] = "44" });
        var (duplicate, duplicatePage) = await director.GetAsync($"/director/documents/{second}");
        Assert.Contains("уже присвоен", duplicatePage.QuerySelector(".check-list.errors")!.TextContent);

        await director.SubmitAsync($"/director/documents/{second}/requisites", new Dictionary<string, string> { ["Requisites.Number"] = "45" });
        var published = await DocumentArrange.PublishAsync(director, second, supersedes: first);
        Assert.True(FormClient.IsRedirectTo(published, $"/director/documents/{second}"));

        var old = await DocumentArrange.LoadAsync(factory, first);
        Assert.Equal(DocumentStatus.Superseded, old.Status);
        Assert.Equal(second, old.SupersededById);
        var (_, list) = await director.GetAsync("/director/documents");
        Assert.Contains("утратил силу", list.Body!.TextContent);
        var (_, oldPage) = await director.GetAsync($"/director/documents/{first}");
        Assert.NotNull(oldPage.QuerySelector($"a[href='/director/documents/{second}']"));
    }

    public Task DisposeAsync()
    {
        director.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
