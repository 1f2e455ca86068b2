using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Staff;

public sealed class StaffPageTests : IAsyncLifetime
{
    private const string Url = "/director/staff";
    private readonly PortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Anonymous_is_sent_to_login()
    {
        using var anonymous = factory.CreateFormClient();
        var (response, _) = await anonymous.GetAsync(Url);
        Assert.True(FormClient.IsRedirectTo(response, "http://localhost/account/login"));
    }

    [Fact]
    public async Task Staff_is_denied()
    {
        using var staff = await TestAccounts.CreateUserAsync(factory, admin, "staff@college.test", Roles.Staff);
        var (response, _) = await staff.GetAsync(Url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_director_adds_edits_deactivates_and_reactivates_a_person()
    {
        using var director = await TestAccounts.CreateUserAsync(factory, admin, "director@college.test", Roles.Director);
        var (created, _) = await director.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Input.FullName"] = "  Кухарская   Оксана Борисовна ",
            ["Input.Position"] = "Заместитель директора по учебной работе",
            ["Input.Email"] = "kuharskaya@college.test",
        }, "form[action*='handler=Create']");
        Assert.True(FormClient.IsRedirectTo(created, Url));

        var id = await PersonIdAsync("Кухарская Оксана Борисовна");
        var (edited, _) = await director.SubmitAsync($"{Url}/{id}", new Dictionary<string, string> { ["Input.Position"] = "Зам. директора по УР" });
        Assert.True(FormClient.IsRedirectTo(edited, Url));

        await ToggleAsync(director, "Кухарская Оксана Борисовна");
        await using (factory.Scope(out var db))
        {
            var person = await db.People.SingleAsync();
            Assert.Equal("Зам. директора по УР", person.Position);
            Assert.False(person.IsActive);
        }

        var (_, list) = await director.GetAsync(Url);
        Assert.Contains("отключён", Row(list, "Кухарская").TextContent);
        await ToggleAsync(director, "Кухарская Оксана Борисовна");
        await using (factory.Scope(out var db))
        {
            Assert.True((await db.People.SingleAsync()).IsActive);
        }
    }

    [Fact]
    public async Task Bad_person_input_is_answered_next_to_the_fields_with_what_was_typed_kept()
    {
        await AddAsync("Пономарева Ольга Ивановна", "Социальный педагог", "ponomareva@college.test");
        var (response, page) = await admin.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Input.FullName"] = "",
            ["Input.Position"] = "Педагог-организатор",
            ["Input.Email"] = "rybakov@",
        }, "form[action*='handler=Create']");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Укажите ФИО", FormClient.ErrorFor(page, "Input.FullName"));
        Assert.Contains("указан неверно", FormClient.ErrorFor(page, "Input.Email"));
        Assert.Equal("Педагог-организатор", FormClient.ValueOf(page, "Input.Position"));
        Assert.Equal("rybakov@", FormClient.ValueOf(page, "Input.Email"));

        var (_, duplicate) = await admin.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Input.FullName"] = "Рыбаков Сергей Сергеевич",
            ["Input.Position"] = "Ведущий программист",
            ["Input.Email"] = "PONOMAREVA@college.test",
        }, "form[action*='handler=Create']");
        Assert.Equal("Этот адрес уже указан у другого сотрудника.", FormClient.ErrorFor(duplicate, "Input.Email"));
    }

    [Fact]
    public async Task Adding_a_list_reports_the_bad_lines_keeps_the_text_and_adds_nobody_until_fixed()
    {
        const string bad = "Кухарская Оксана Борисовна; Зам. директора по УР; kuharskaya@college.test\n" +
            "Рыбаков Сергей Сергеевич\n" +
            "\n" +
            "Пономарева Ольга Ивановна; Социальный педагог; ponomareva@\n" +
            "Ермакова Наталья Александровна; Директор";
        var (response, page) = await admin.SubmitAsync(Url, new Dictionary<string, string> { ["Bulk.Lines"] = bad }, "form[action*='handler=Bulk']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bad, FormClient.ValueOf(page, "Bulk.Lines")?.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("Исправьте строки с ошибками (2)", FormClient.ErrorFor(page, "Bulk.Lines"));
        var errors = page.QuerySelectorAll("#bulk-errors li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Строка 2: Укажите должность.", errors[0]);
        Assert.StartsWith("Строка 4: Адрес электронной почты указан неверно", errors[1]);
        await using (factory.Scope(out var db))
        {
            Assert.Equal(0, await db.People.CountAsync());
        }

        var fixedText = bad.Replace("Рыбаков Сергей Сергеевич\n", "Рыбаков Сергей Сергеевич; Ведущий программист\n", StringComparison.Ordinal)
            .Replace("ponomareva@\n", "ponomareva@college.test\n", StringComparison.Ordinal);
        var (added, _) = await admin.SubmitAsync(Url, new Dictionary<string, string> { ["Bulk.Lines"] = fixedText }, "form[action*='handler=Bulk']");
        Assert.True(FormClient.IsRedirectTo(added, Url));
        await using (factory.Scope(out var db))
        {
            var people = await db.People.OrderBy(p => p.FullName).ToListAsync();
            Assert.Equal(4, people.Count);
            Assert.Equal("", people.Single(p => p.FullName == "Ермакова Наталья Александровна").Email);
            Assert.Equal("Ведущий программист", people.Single(p => p.FullName == "Рыбаков Сергей Сергеевич").Position);
        }
    }

    [Fact]
    public async Task The_administrator_links_a_person_to_an_account_and_a_director_cannot()
    {
        using var director = await TestAccounts.CreateUserAsync(factory, admin, "director@college.test", Roles.Director, "Ермакова Наталья Александровна");
        await AddAsync("Ермакова Наталья Александровна", "Директор", "ermakova@college.test");
        string userId;
        await using (factory.Scope(out var db))
        {
            userId = (await db.Users.SingleAsync(u => u.Email == "director@college.test")).Id;
        }

        var (_, adminPage) = await admin.GetAsync(Url);
        var link = (IHtmlFormElement)Row(adminPage, "Ермакова").QuerySelector("form[action*='handler=Link']")!;
        Assert.Empty(adminPage.QuerySelectorAll("tbody select"));
        var (linked, _) = await admin.PostFormAsync(link, Url, new Dictionary<string, string> { ["accountEmail"] = "DIRECTOR@college.test" });
        Assert.True(FormClient.IsRedirectTo(linked, Url));
        var (_, after) = await admin.GetAsync(Url);
        Assert.Equal("director@college.test", FormClient.ValueOf(after, "accountEmail"));

        var (unknown, _) = await admin.PostFormAsync(link, Url, new Dictionary<string, string> { ["accountEmail"] = "nobody@college.test" });
        var (_, refused) = await admin.GetAsync(unknown.Headers.Location!.OriginalString);
        Assert.Contains("Учётной записи с адресом nobody@college.test нет", refused.QuerySelector(".notice.warn")!.TextContent);
        Assert.Null(refused.QuerySelector(".notice:not(.warn):not(.error)"));

        var (_, directorPage) = await director.GetAsync(Url);
        Assert.Null(directorPage.QuerySelector("form[action*='handler=Link']"));
        var forged = await director.PostRawAsync($"{Url}?handler=Link&id={await PersonIdAsync("Ермакова Наталья Александровна")}", [new("accountEmail", "")], Url);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        await using (factory.Scope(out var db))
        {
            Assert.Equal(userId, (await db.People.SingleAsync()).UserId);
        }
    }

    private async Task AddAsync(string fullName, string position, string email)
    {
        var (response, _) = await admin.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Input.FullName"] = fullName,
            ["Input.Position"] = position,
            ["Input.Email"] = email,
        }, "form[action*='handler=Create']");
        Assert.True(FormClient.IsRedirectTo(response, Url));
    }

    private async Task<Guid> PersonIdAsync(string fullName)
    {
        await using var scope = factory.Scope(out var db);
        return (await db.People.SingleAsync(p => p.FullName == fullName)).Id;
    }

    private static async Task ToggleAsync(FormClient client, string fullName)
    {
        var (_, page) = await client.GetAsync(Url);
        var toggle = (IHtmlFormElement)Row(page, fullName).QuerySelector("form[action*='handler=Toggle']")!;
        var (response, _) = await client.PostFormAsync(toggle, Url, new Dictionary<string, string>());
        Assert.True(FormClient.IsRedirectTo(response, Url));
    }

    private static AngleSharp.Dom.IElement Row(IHtmlDocument page, string text) =>
        page.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains(text, StringComparison.Ordinal));

    public Task DisposeAsync()
    {
        admin.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
