using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Pages.Documents;

namespace PolicyPortal.IntegrationTests.Documents;

public sealed class DeleteDraftTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task A_draft_is_deleted_after_confirmation_audited_and_a_second_click_is_harmless()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var (_, overview) = await director.GetAsync($"/director/documents/{id}");
        var link = overview.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Удалить черновик…").GetAttribute("href")!;

        var (confirm, confirmPage) = await director.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.NotNull(await DocumentArrange.LoadAsync(factory, id));
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)confirmPage.QuerySelector("main form")!;

        var (first, _) = await director.PostFormAsync(form, link, new Dictionary<string, string>());
        var (second, _) = await director.PostFormAsync(form, link, new Dictionary<string, string>());

        Assert.True(FormClient.IsRedirectTo(first, "/director/documents"));
        Assert.True(FormClient.IsRedirectTo(second, "/director/documents"));
        var (_, list) = await director.GetAsync("/director/documents");
        Assert.Equal(DeleteModel.Deleted, list.QuerySelector(".notice")!.TextContent.Trim());
        await using var scope = factory.Scope(out var db);
        Assert.False(await db.Documents.AnyAsync(d => d.Id == id));
        var entry = await db.AuditLog.SingleAsync(a => a.EntityId == id.ToString() && a.Action == AuditActions.Delete);
        Assert.Equal(TestAccounts.AdminEmail, entry.UserName);
    }

    [Fact]
    public async Task A_published_document_is_never_deleted()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director);
        var (_, confirmPage) = await director.GetAsync($"/director/documents/{id}/delete");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)confirmPage.QuerySelector("main form")!;
        Assert.True(FormClient.IsRedirectTo(await DocumentArrange.PublishAsync(director, id), $"/director/documents/{id}"));

        var (response, _) = await director.PostFormAsync(form, $"/director/documents/{id}/delete", new Dictionary<string, string>());

        Assert.True(FormClient.IsRedirectTo(response, $"/director/documents/{id}"));
        Assert.Equal(DocumentStatus.Published, (await DocumentArrange.LoadAsync(factory, id)).Status);
        var (_, overview) = await director.GetAsync($"/director/documents/{id}");
        Assert.Contains("удалить нельзя", overview.QuerySelector(".notice")!.TextContent);
        Assert.DoesNotContain(overview.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/director/documents/{id}/delete");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
