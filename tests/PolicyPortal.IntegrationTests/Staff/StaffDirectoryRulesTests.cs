using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Staff;

public sealed class StaffDirectoryRulesTests : IAsyncLifetime
{
    private const string Url = "/director/staff";
    private const string CreateForm = "form[action*='handler=Create']";
    private readonly PortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task The_same_person_twice_and_an_address_without_a_domain_are_refused_alone_and_in_a_list()
    {
        await AddAsync("Петров Иван Сергеевич", "Преподаватель", "");

        var (_, twice) = await admin.SubmitAsync(Url, Fields(" Петров  Иван Сергеевич", "преподаватель", ""), CreateForm);
        Assert.Equal("Такой сотрудник уже есть в справочнике: Петров Иван Сергеевич, преподаватель.", FormClient.ErrorFor(twice, "Input.FullName"));

        var (_, noDomain) = await admin.SubmitAsync(Url, Fields("Петров Пётр Петрович", "Методист", "petrov@uvarovo-college"), CreateForm);
        Assert.Contains("указан неверно", FormClient.ErrorFor(noDomain, "Input.Email"));

        var (_, list) = await admin.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Bulk.Lines"] = "Петров Иван Сергеевич; Преподаватель\nСидорова Анна Павловна; Методист; sidorova@uvarovo-college\nКозлов Олег Игоревич; Мастер; kozlov@college.test\nКозлов Олег Игоревич; Мастер",
        }, "form[action*='handler=Bulk']");
        var errors = list.QuerySelectorAll("#bulk-errors li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, errors.Count);
        Assert.StartsWith("Строка 1: Такой сотрудник уже есть", errors[0]);
        Assert.StartsWith("Строка 2: Адрес электронной почты указан неверно", errors[1]);
        Assert.StartsWith("Строка 4: Такой сотрудник уже есть", errors[2]);
        await using var scope = factory.Scope(out var db);
        Assert.Equal(1, await db.People.CountAsync());
    }

    [Fact]
    public async Task A_person_whose_address_has_an_account_is_linked_to_it()
    {
        using var _ = await TestAccounts.CreateUserAsync(factory, admin, "rybakov@college.test", Roles.Staff, "Рыбаков Сергей Сергеевич");
        await AddAsync("Рыбаков Сергей Сергеевич", "Ведущий программист", "Rybakov@College.test");

        await using var scope = factory.Scope(out var db);
        var account = await db.Users.SingleAsync(u => u.Email == "rybakov@college.test");
        Assert.Equal(account.Id, (await db.People.SingleAsync()).UserId);
    }

    [Fact]
    public async Task A_double_click_on_add_adds_once_and_answers_as_the_first()
    {
        var (_, page) = await admin.GetAsync(Url);
        var form = (IHtmlFormElement)page.QuerySelector(CreateForm)!;
        var fields = Fields("Кухарская Оксана Борисовна", "Заместитель директора по учебной работе", "kuharskaya@college.test");

        var (first, _) = await admin.PostFormAsync(form, Url, fields);
        var firstMessage = (await admin.GetAsync(first.Headers.Location!.OriginalString)).Page.QuerySelector(".notice")!.TextContent.Trim();
        var (second, _) = await admin.PostFormAsync(form, Url, fields);

        Assert.True(FormClient.IsRedirectTo(second, Url));
        var (_, after) = await admin.GetAsync(second.Headers.Location!.OriginalString);
        Assert.Equal(firstMessage, after.QuerySelector(".notice")!.TextContent.Trim());
        Assert.Null(after.QuerySelector(".field-error:not(:empty)"));
        await using var scope = factory.Scope(out var db);
        Assert.Equal(1, await db.People.CountAsync());
    }

    [Fact]
    public async Task A_large_directory_is_paged_and_searchable()
    {
        await using (var scope = factory.Scope(out var db))
        {
            for (var i = 0; i < 120; i++)
            {
                db.People.Add(new Person { FullName = $"Сотрудник {i:000} Тестович", Position = i == 77 ? "Библиотекарь" : "Преподаватель" });
            }

            await db.SaveChangesAsync();
        }

        var (_, first) = await admin.GetAsync(Url);
        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        var next = first.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Следующая страница", StringComparison.Ordinal)).GetAttribute("href")!;
        var (_, second) = await admin.GetAsync(next);
        Assert.Contains("Сотрудник 050 Тестович", second.QuerySelector("tbody tr")!.TextContent);

        var (response, found) = await admin.GetAsync($"{Url}?q={Uri.EscapeDataString("библиотекарь")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Сотрудник 077 Тестович", Assert.Single(found.QuerySelectorAll("tbody tr")).TextContent);
    }

    private async Task AddAsync(string fullName, string position, string email)
    {
        var (response, _) = await admin.SubmitAsync(Url, Fields(fullName, position, email), CreateForm);
        Assert.True(FormClient.IsRedirectTo(response, Url));
    }

    private static Dictionary<string, string> Fields(string fullName, string position, string email) => new()
    {
        ["Input.FullName"] = fullName,
        ["Input.Position"] = position,
        ["Input.Email"] = email,
    };

    public Task DisposeAsync()
    {
        admin.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
