using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Pages.Documents;

namespace PolicyPortal.IntegrationTests.Forms;

/// <summary>
/// A double click or a resubmit after Back posts the same form twice: the second post changes nothing more and answers
/// as the first did (a redirect to the result, POST/redirect/GET), never «Что-то пошло не так» or a conflict.
/// </summary>
public sealed class SecondSubmitTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Publishing_twice_at_once_publishes_once_and_both_answers_lead_to_the_published_document()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director);
        var url = $"/director/documents/{id}/publish";
        var form = await FormAsync(url, "main form");
        var fields = new Dictionary<string, string> { ["Confirmed"] = "true" };

        var answers = await Task.WhenAll(director.PostFormAsync(form, url, fields), director.PostFormAsync(form, url, fields));

        Assert.All(answers, a => Assert.True(FormClient.IsRedirectTo(a.Response, $"/director/documents/{id}"), $"{(int)a.Response.StatusCode}"));
        await using var scope = factory.Scope(out var db);
        Assert.Equal(DocumentStatus.Published, (await db.Documents.SingleAsync(d => d.Id == id)).Status);
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.EntityId == id.ToString() && a.Action == Domain.Audit.AuditActions.Publish));
    }

    [Fact]
    public async Task Publishing_again_after_Back_answers_with_the_published_document()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director);
        var url = $"/director/documents/{id}/publish";
        var form = await FormAsync(url, "main form");
        var fields = new Dictionary<string, string> { ["Confirmed"] = "true" };

        var (first, _) = await director.PostFormAsync(form, url, fields);
        var (second, _) = await director.PostFormAsync(form, url, fields);

        Assert.True(FormClient.IsRedirectTo(first, $"/director/documents/{id}"));
        Assert.True(FormClient.IsRedirectTo(second, $"/director/documents/{id}"));
        var (_, page) = await director.GetAsync($"/director/documents/{id}");
        Assert.Contains(PublishModel.PublishedMessage, page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Saving_the_same_requisites_twice_saves_once_and_both_answers_say_saved()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/requisites";
        var form = await FormAsync(url, "main form");
        var fields = new Dictionary<string, string> { ["Requisites.Number"] = "45-о" };

        var (first, _) = await director.PostFormAsync(form, url, fields);
        var (second, _) = await director.PostFormAsync(form, url, fields);

        Assert.True(FormClient.IsRedirectTo(first, url));
        Assert.True(FormClient.IsRedirectTo(second, url), $"{(int)second.StatusCode}");
        var (_, page) = await director.GetAsync(url);
        Assert.Contains("Сохранено.", page.QuerySelector(".notice[role=status]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-error-summary]"));
        var document = await DocumentArrange.LoadAsync(factory, id);
        Assert.Equal("45-о", document.ReadContent().Requisites.Number);
        await using var scope = factory.Scope(out var db);
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.EntityId == id.ToString() && a.Action == Domain.Audit.AuditActions.Edit));
    }

    [Fact]
    public async Task A_different_save_on_a_stale_form_is_still_a_conflict()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/requisites";
        var form = await FormAsync(url, "main form");

        await director.PostFormAsync(form, url, new Dictionary<string, string> { ["Requisites.Number"] = "45-о" });
        var (second, page) = await director.PostFormAsync(form, url, new Dictionary<string, string> { ["Requisites.Number"] = "46-о" });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Single(main.Split(EditModel.ConflictMessage)[1..]);
        // The other save may well have been the user's own second tab.
        Assert.Contains("в другой вкладке", main, StringComparison.Ordinal);
        Assert.Equal("45-о", (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Requisites.Number);
    }

    private async Task<IHtmlFormElement> FormAsync(string url, string selector)
    {
        var (_, page) = await director.GetAsync(url);
        return page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form «{selector}» on {url}.");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
