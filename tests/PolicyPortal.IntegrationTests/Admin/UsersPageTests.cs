using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Admin;

public sealed class UsersPageTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/profile")]
    public async Task Anonymous_is_sent_to_login(string url)
    {
        using var anonymous = factory.CreateFormClient();
        var (response, _) = await anonymous.GetAsync(url);
        Assert.True(FormClient.IsRedirectTo(response, "/account/login"));
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/profile")]
    public async Task Staff_gets_403(string url)
    {
        using var staff = await TestAccounts.CreateUserAsync(factory, admin, "staff@college.test", Roles.Staff);
        var (response, page) = await staff.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Нет доступа", page.Title);
    }

    [Fact]
    public async Task Administrator_creates_a_user_with_roles()
    {
        using var director = await TestAccounts.CreateUserAsync(factory, admin, "director@college.test", Roles.Director, "Ермакова Наталья Александровна");
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync("director@college.test");
        Assert.Equal(["Director"], await users.GetRolesAsync(user!));
        var (_, page) = await admin.GetAsync("/admin/users");
        Assert.Contains("Ермакова Наталья Александровна", page.Body!.TextContent);
    }

    [Fact]
    public async Task A_disabled_user_is_signed_out_at_the_next_request_and_cannot_sign_in()
    {
        using var staff = await TestAccounts.CreateUserAsync(factory, admin, "leaving@college.test", Roles.Staff);
        var (_, users) = await admin.GetAsync("/admin/users");
        var row = users.QuerySelectorAll("tr").First(r => r.TextContent.Contains("leaving@college.test"));
        var toggle = (AngleSharp.Html.Dom.IHtmlFormElement)row.QuerySelector("form[action*='handler=Toggle']")!;
        await admin.PostFormAsync(toggle, "/admin/users", new Dictionary<string, string>());

        var (after, _) = await staff.GetAsync("/dashboard");
        Assert.True(FormClient.IsRedirectTo(after, "/account/login"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => TestAccounts.SignInAsync(factory, "leaving@college.test", TestAccounts.UserPassword));
    }

    [Fact]
    public async Task Bad_new_user_input_keeps_what_was_typed()
    {
        var (response, page) = await admin.SubmitAsync("/admin/users", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Пономарева Ольга Ивановна",
            ["Input.Email"] = "ponomareva@",
            ["Input.Password"] = "123",
        }, "form[action*='handler=Create']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Пономарева Ольга Ивановна", FormClient.ValueOf(page, "Input.FullName"));
        Assert.NotNull(FormClient.ErrorFor(page, "Input.Email"));
        Assert.Contains("не короче 10", FormClient.ErrorFor(page, "Input.Password"));
        Assert.Equal("Отметьте хотя бы одну роль.", FormClient.ErrorFor(page, "Input.Roles"));
    }

    [Fact]
    public async Task Profile_fields_longer_than_their_columns_are_refused_in_russian_and_nothing_is_saved()
    {
        // SQLite would store them; PostgreSQL and SQL Server would fail the save with an error page.
        var website = "https://college.ru/" + new string('a', InstitutionProfile.MaxWebsiteLength);
        var founder = new string('М', InstitutionProfile.MaxFounderLineLength + 1);
        var (response, page) = await admin.SubmitAsync("/admin/profile", new Dictionary<string, string> { ["Input.Website"] = website, ["Input.FounderLine"] = founder });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Не длиннее {InstitutionProfile.MaxWebsiteLength} символов.", FormClient.ErrorFor(page, "Input.Website"));
        Assert.Equal($"Не длиннее {InstitutionProfile.MaxFounderLineLength} символов.", FormClient.ErrorFor(page, "Input.FounderLine"));
        Assert.Equal(website, FormClient.ValueOf(page, "Input.Website"));
        await using var scope = factory.Scope(out var db);
        Assert.NotEqual(website, (await db.Institutions.SingleAsync()).Website);
    }

    [Fact]
    public async Task Profile_edit_is_validated_and_saved()
    {
        var (bad, badPage) = await admin.SubmitAsync("/admin/profile", new Dictionary<string, string> { ["Input.City"] = "", ["Input.ShortName"] = "ТОГБПОУ УПК" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.NotNull(FormClient.ErrorFor(badPage, "Input.City"));
        Assert.Equal("ТОГБПОУ УПК", FormClient.ValueOf(badPage, "Input.ShortName"));

        using var visitor = factory.CreateFormClient();
        await visitor.GetAsync("/policy");
        var (good, _) = await admin.SubmitAsync("/admin/profile", new Dictionary<string, string> { ["Input.City"] = "Тамбов", ["Input.ShortName"] = "ТОГБПОУ «Новое имя»" });
        Assert.True(FormClient.IsRedirectTo(good, "/admin/profile"));
        var (_, saved) = await admin.GetAsync("/admin/profile");
        Assert.Equal("Тамбов", FormClient.ValueOf(saved, "Input.City"));

        // The new name is in the header at once, on staff pages and on the (cached) public page.
        Assert.Equal("ТОГБПОУ «Новое имя»", saved.QuerySelector(".brand")!.TextContent.Trim());
        var (_, publicPage) = await visitor.GetAsync("/policy");
        Assert.Contains("ТОГБПОУ «Новое имя»", publicPage.QuerySelector("header")!.TextContent);
    }

    public Task DisposeAsync()
    {
        admin.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
