using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.IntegrationTests.Public;

/// <summary>Bugs a visitor of the public pages met: a feed that failed for good, two h1, doubled numbers, the login form for a wrong address.</summary>
public sealed class PublicStructureTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;
    private FormClient visitor = default!;

    public async Task InitializeAsync()
    {
        director = await TestAccounts.SetUpAsync(factory);
        visitor = factory.CreateFormClient();
    }

    [Fact]
    public async Task Feed_and_json_stay_valid_when_a_title_saved_before_the_rule_holds_a_vertical_tab()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, id);
        await using (var scope = factory.Scope(out var db))
        {
            // As Word pasted it, written before text was cleaned on save.
            await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Title, "О сервисах\vвзаимодействия"));
        }

        var feed = await visitor.Http.GetAsync("/documents/feed.atom");
        var json = await visitor.Http.GetAsync("/api/policy.json");

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var title = XDocument.Parse(await feed.Content.ReadAsStringAsync()).Root!.Element(atom + "entry")!.Element(atom + "title")!.Value;
        Assert.Contains("О сервисах взаимодействия", title);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        using var parsed = System.Text.Json.JsonDocument.Parse(await json.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Public_pages_have_one_h1_and_a_contents_list_numbered_only_by_its_own_text()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, id);

        foreach (var url in new[] { "/policy", $"/documents/{id}", "/a11y/policy", "/embed/policy" })
        {
            var (_, page) = await visitor.GetAsync(url);
            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{url}: {page.QuerySelectorAll("h1").Length} h1");
        }

        var (_, policy) = await visitor.GetAsync("/policy");
        // The entries carry their numbers («1. Общие положения»): a numbered list would show «1. 1. Общие положения».
        Assert.Empty(policy.QuerySelectorAll(".toc ol"));
        Assert.Contains(policy.QuerySelectorAll(".toc li a"), a => a.TextContent.StartsWith("1. ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/documents/not-a-guid")]
    [InlineData("/robots-old.txt")]
    public async Task An_unknown_address_is_the_russian_not_found_page_for_an_anonymous_visitor(string url)
    {
        var response = await visitor.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Страница не найдена", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Staff_pages_still_ask_an_anonymous_visitor_to_sign_in()
    {
        var response = await visitor.Http.GetAsync("/director/documents");

        Assert.True(FormClient.IsRedirectTo(response, "/account/login"), $"{(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task Header_names_the_institution_from_the_document_when_the_profile_has_no_name()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await using (var scope = factory.Scope(out var db))
        {
            await db.Institutions.ExecuteUpdateAsync(s => s.SetProperty(i => i.ShortName, "").SetProperty(i => i.FullName, ""));
            scope.ServiceProvider.GetRequiredService<InstitutionInfo>().Forget();
        }

        await DocumentArrange.PublishAsync(director, id);
        var institution = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Requisites.InstitutionName;

        var (_, page) = await visitor.GetAsync("/policy");

        Assert.False(string.IsNullOrWhiteSpace(institution));
        Assert.Equal(institution, page.QuerySelector(".brand")!.TextContent.Trim());
        Assert.DoesNotContain("PolicyPortal", page.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_without_a_profile_name_names_the_institution_of_the_document_in_force_not_of_an_older_one()
    {
        await using (var scope = factory.Scope(out var db))
        {
            await db.Institutions.ExecuteUpdateAsync(s => s.SetProperty(i => i.ShortName, "").SetProperty(i => i.FullName, ""));
            scope.ServiceProvider.GetRequiredService<InstitutionInfo>().Forget();
        }

        // Two documents in force (not one superseding the other), each naming its institution as its source had it.
        var older = await PublishNamingAsync("44", "ГБПОУ «Прежний колледж»");
        var latest = await PublishNamingAsync("45", "МБОУ «Средняя школа № 2»");
        await using (var scope = factory.Scope(out var db))
        {
            Assert.Equal(2, await db.Documents.CountAsync(d => (d.Id == older || d.Id == latest) && d.Status == DocumentStatus.Published));
        }

        var (_, page) = await visitor.GetAsync("/policy");
        Assert.Equal("МБОУ «Средняя школа № 2»", page.QuerySelector(".brand")!.TextContent.Trim());
    }

    private async Task<Guid> PublishNamingAsync(string number, string institution)
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, number);
        await using (var scope = factory.Scope(out var db))
        {
            var draft = await db.Documents.SingleAsync(d => d.Id == id);
            var content = draft.ReadContent();
            content.Requisites.InstitutionName = institution;
            draft.UpdateDraft(content, "test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        // «— ничего не заменяет —»: the form proposes the document in force, which would leave one in force.
        var (published, _) = await director.SubmitAsync($"/director/documents/{id}/publish", new Dictionary<string, string> { ["Confirmed"] = "true", ["SupersedesId"] = "" });
        Assert.True(FormClient.IsRedirectTo(published, $"/director/documents/{id}"), $"{(int)published.StatusCode} {published.Headers.Location} {await published.Content.ReadAsStringAsync()}");
        return id;
    }

    [Fact]
    public async Task A_long_list_of_acknowledgers_is_shown_publicly_only_as_a_count()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await using (var scope = factory.Scope(out var db))
        {
            var draft = await db.Documents.SingleAsync(d => d.Id == id);
            var content = draft.ReadContent();
            content.Acknowledgers.AddRange(Enumerable.Range(1, 40).Select(i => PersonRef.Of($"Сотрудникова Анна {i:D3}", "Преподаватель")));
            draft.UpdateDraft(content, "test", DateTimeOffset.UtcNow);
            draft.Publish(DocumentArrange.ApprovedOnPaper, "test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var (_, page) = await visitor.GetAsync("/policy");
        var json = await visitor.Http.GetStringAsync("/api/policy.json");

        Assert.DoesNotContain("Сотрудникова Анна", page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("41", page.QuerySelector(".acknowledgers-count")!.TextContent);
        Assert.DoesNotContain("Сотрудникова Анна", json, StringComparison.Ordinal);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(41, parsed.RootElement.GetProperty("acknowledgerCount").GetInt32());
    }

    public Task DisposeAsync()
    {
        visitor.Dispose();
        director.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
