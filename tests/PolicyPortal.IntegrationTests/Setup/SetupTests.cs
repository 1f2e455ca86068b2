using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Setup;

public sealed class SetupTests : IDisposable
{
    private readonly PortalFactory factory = new();

    [Fact]
    public async Task Before_setup_every_page_leads_to_setup()
    {
        using var client = factory.CreateFormClient();
        foreach (var url in new[] { "/", "/dashboard", "/admin/users", "/account/login" })
        {
            var (response, _) = await client.GetAsync(url);
            Assert.True(FormClient.IsRedirectTo(response, "/setup"), url);
        }
    }

    [Fact]
    public async Task A_fresh_portal_says_where_to_open_the_first_run_wizard_once_it_answers()
    {
        _ = factory.Server;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string? line = null;
        while (line is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            line = (await ReadLogAsync()).Split('\n').FirstOrDefault(l => l.Contains("мастер первого запуска", StringComparison.Ordinal));
        }

        Assert.NotNull(line);
        Assert.Matches("Откройте https?://", line);
    }

    private async Task<string> ReadLogAsync()
    {
        var text = "";
        foreach (var file in Directory.Exists(factory.LogFolder) ? Directory.GetFiles(factory.LogFolder, "portal-*.log") : [])
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            text += await reader.ReadToEndAsync();
        }

        return text;
    }

    [Fact]
    public async Task No_account_exists_before_setup()
    {
        using var client = factory.CreateFormClient();
        await client.GetAsync("/");
        await using var scope = factory.Scope(out var db);
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Institutions.CountAsync());
    }

    [Fact]
    public async Task Setup_creates_the_institution_and_the_administrator_then_is_gone_for_good()
    {
        using var admin = await TestAccounts.SetUpAsync(factory);

        var (dashboard, page) = await admin.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Рабочий стол", page.Title);
        Assert.Contains("Администратор", page.Body!.TextContent);

        using var anonymous = factory.CreateFormClient();
        var (again, _) = await anonymous.GetAsync("/setup");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var second = await anonymous.PostRawAsync("/setup", TestAccounts.SetupForm(), "/account/login");
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);

        await using var scope = factory.Scope(out var db);
        Assert.Equal(1, await db.Users.CountAsync());
        var institution = await db.Institutions.SingleAsync();
        Assert.Equal("Уварово", institution.City);
        Assert.Equal(13, await db.Services.CountAsync());
        Assert.Equal(9, await db.ProhibitedServices.CountAsync());
    }

    [Fact]
    public async Task Bad_setup_input_is_answered_in_russian_next_to_each_field_and_keeps_what_was_typed()
    {
        using var client = factory.CreateFormClient();
        var form = TestAccounts.SetupForm("короткий");
        form["Input.Profile.City"] = "";
        form["Input.Profile.Website"] = "college.ru";
        form["Input.AdminEmail"] = "not-an-email";
        form["Input.AdminPasswordConfirm"] = "другой";

        var (response, page) = await client.SubmitAsync("/setup", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("город", FormClient.ErrorFor(page, "Input.Profile.City"));
        Assert.Contains("https://", FormClient.ErrorFor(page, "Input.Profile.Website"));
        Assert.Contains("неверно", FormClient.ErrorFor(page, "Input.AdminEmail"));
        Assert.Contains("не короче 10", FormClient.ErrorFor(page, "Input.AdminPassword"));
        Assert.Contains("не совпадают", FormClient.ErrorFor(page, "Input.AdminPasswordConfirm"));
        Assert.Equal("ТОГБПОУ «Уваровский политехнический колледж»", FormClient.ValueOf(page, "Input.Profile.ShortName"));
        Assert.Equal("college.ru", FormClient.ValueOf(page, "Input.Profile.Website"));
        Assert.Equal("not-an-email", FormClient.ValueOf(page, "Input.AdminEmail"));
        Assert.Equal("", FormClient.ValueOf(page, "Input.AdminPassword"));
    }

    [Theory]
    [InlineData("1234567890")]
    [InlineData("qwertyuiop")]
    [InlineData("йцукенгшщз")]
    public async Task Common_passwords_are_refused(string password)
    {
        using var client = factory.CreateFormClient();
        var (response, page) = await client.SubmitAsync("/setup", TestAccounts.SetupForm(password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("распространён", FormClient.ErrorFor(page, "Input.AdminPassword"));
        await using var scope = factory.Scope(out var db);
        Assert.Equal(0, await db.Users.CountAsync());
    }

    public void Dispose() => factory.Dispose();
}
