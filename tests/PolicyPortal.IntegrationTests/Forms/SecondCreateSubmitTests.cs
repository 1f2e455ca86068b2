using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Forms;

/// <summary>
/// Forms that add something, posted twice as a double click or a resubmit after Back would (the same form, the same
/// antiforgery token, the same data): one thing is added and the second answer is the first one's.
/// </summary>
public sealed class SecondCreateSubmitTests : IAsyncLifetime
{
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Two_clicks_at_once_on_the_model_template_make_one_draft_and_both_open_it()
    {
        const string url = "/director/documents";
        var form = await FormAsync(url, "form[action*='handler=FromTemplate']");

        var answers = await Task.WhenAll(admin.PostFormAsync(form, url, NoFields), admin.PostFormAsync(form, url, NoFields));

        Assert.All(answers, a => Assert.True(FormClient.IsRedirectTo(a.Response, "/director/documents/"), $"{(int)a.Response.StatusCode}"));
        Assert.Equal(answers[0].Response.Headers.Location, answers[1].Response.Headers.Location);
        await using var scope = factory.Scope(out var db);
        var draft = Assert.Single(await db.Documents.Select(d => d.Id).ToListAsync());
        Assert.EndsWith(draft.ToString(), answers[0].Response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_service_twice_adds_it_once_and_both_answers_say_added()
    {
        const string url = "/admin/services";
        int before;
        await using (factory.Scope(out var db))
        {
            before = await db.Services.CountAsync();
        }

        var form = await FormAsync(url, "main form");
        var fields = new Dictionary<string, string> { ["Input.Name"] = "Школьная видеостудия", ["Input.Kind"] = "электронный журнал", ["Input.Purpose"] = "Оценки и домашние задания." };

        var (first, second) = await PostTwiceAsync(form, url, fields);

        Assert.Equal("Сервис «Школьная видеостудия» добавлен в реестр.", first);
        Assert.Equal(first, second);
        await using (factory.Scope(out var db))
        {
            Assert.Equal(before + 1, await db.Services.CountAsync());
        }
    }

    [Fact]
    public async Task A_list_sent_twice_adds_each_person_once_and_both_answers_say_how_many()
    {
        const string url = "/director/staff";
        var form = await FormAsync(url, "form[action*='handler=Bulk']");
        var fields = new Dictionary<string, string>
        {
            ["Bulk.Lines"] = "Петров Иван Сергеевич; Преподаватель\nСидорова Анна Павловна; Методист; sidorova@college.test\nКозлов Олег Игоревич; Мастер",
        };

        var (first, second) = await PostTwiceAsync(form, url, fields);

        Assert.Equal("Добавлено сотрудников: 3.", first);
        Assert.Equal(first, second);
        await using var scope = factory.Scope(out var db);
        Assert.Equal(ListedPeople, (await db.People.Select(p => p.FullName).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_paper_acknowledgement_recorded_twice_is_one_record_and_both_answers_say_recorded()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin, people: 2);
        var person = order.People[1];
        var url = $"/director/documents/{order.DocumentId}/acknowledgements";
        var form = await FormAsync(url, "form[action*='handler=Paper']");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().AddHours(3).Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var messages = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent(person.Id.ToString()), "Paper.PersonId" },
                { new StringContent(today), "Paper.Date" },
            };
            var response = await admin.Http.PostAsync(form.GetAttribute("action"), content);
            Assert.True(FormClient.IsRedirectTo(response, url), $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            messages.Add(await MessageAsync(response));
        }

        Assert.Equal($"{person.FullName}: ознакомление на бумаге записано.", messages[0]);
        Assert.Equal(messages[0], messages[1]);
        await using var scope = factory.Scope(out var db);
        Assert.Equal(AcknowledgementMethod.Paper, (await db.Acknowledgements.SingleAsync(a => a.DocumentId == order.DocumentId)).Method);
    }

    private static readonly Dictionary<string, string> NoFields = [];
    private static readonly string[] ListedPeople = ["Козлов Олег Игоревич", "Петров Иван Сергеевич", "Сидорова Анна Павловна"];

    /// <summary>Posts the same form twice, one after the other; each answer must be a redirect back, read for its message.</summary>
    private async Task<(string First, string Second)> PostTwiceAsync(IHtmlFormElement form, string url, Dictionary<string, string> fields)
    {
        var messages = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var (response, page) = await admin.PostFormAsync(form, url, fields);
            Assert.True(FormClient.IsRedirectTo(response, url), $"{(int)response.StatusCode}: {page.QuerySelector("main")?.TextContent}");
            messages.Add(await MessageAsync(response));
        }

        return (messages[0], messages[1]);
    }

    /// <summary>Follows the redirect: the page's message, and nothing shown as an error.</summary>
    private async Task<string> MessageAsync(HttpResponseMessage redirect)
    {
        var (_, page) = await admin.GetAsync(redirect.Headers.Location!.OriginalString);
        Assert.Null(page.QuerySelector("[data-error-summary]"));
        Assert.DoesNotContain(page.QuerySelectorAll(".field-error"), e => e.TextContent.Trim().Length > 0);
        return page.QuerySelector(".notice[role=status]")?.TextContent.Trim() ?? "";
    }

    private async Task<IHtmlFormElement> FormAsync(string url, string selector)
    {
        var (_, page) = await admin.GetAsync(url);
        return page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form «{selector}» on {url}.");
    }

    public Task DisposeAsync()
    {
        admin.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
