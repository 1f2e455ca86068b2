using System.Net;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Pages.Account;

namespace PolicyPortal.IntegrationTests.Security;

public sealed class TwoFactorTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/admin/users")]
    [InlineData("/")]
    [InlineData("/account/change-password")]
    public async Task A_director_without_two_factor_reaches_nothing_but_enrolment(string url)
    {
        await CreateAsync("director@college.test", Roles.Director);
        using var director = await SignInWithPasswordOnlyAsync("director@college.test");

        var (response, _) = await director.GetAsync(url);
        Assert.True(FormClient.IsRedirectTo(response, TwoFactorPolicy.EnrolmentPath), $"{url}: {(int)response.StatusCode} {response.Headers.Location}");
        var (enrol, page) = await director.GetAsync(TwoFactorPolicy.EnrolmentPath);
        Assert.Equal(HttpStatusCode.OK, enrol.StatusCode);
        Assert.StartsWith("otpauth://totp/PolicyPortal:director%40college.test?secret=", page.QuerySelector("#authenticator-uri")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("img.qr")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_may_work_without_two_factor_and_may_enrol()
    {
        await CreateAsync("staff@college.test", Roles.Staff);
        using var staff = await SignInWithPasswordOnlyAsync("staff@college.test");
        await TestAccounts.ChangeTemporaryPasswordAsync(staff);
        var (dashboard, _) = await staff.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);

        await TestAccounts.EnrolIfAskedAsync(staff); // not asked
        var (_, setup) = await staff.GetAsync(TwoFactorPolicy.EnrolmentPath);
        var key = setup.QuerySelector("#shared-key")!.TextContent;
        var (_, done) = await staff.SubmitAsync(TwoFactorPolicy.EnrolmentPath, new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) });
        Assert.Equal(10, done.QuerySelectorAll(".recovery-codes li").Length);

        using var again = factory.CreateFormClient();
        var (login, _) = await again.SubmitAsync("/account/login", Login("staff@college.test", TestAccounts.UserPassword));
        Assert.True(FormClient.IsRedirectTo(login, "/account/two-factor"));
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_the_password_alone_opens_nothing()
    {
        using var client = factory.CreateFormClient();
        var (login, _) = await client.SubmitAsync("/account/login", Login(TestAccounts.AdminEmail, TestAccounts.AdminPassword));
        Assert.True(FormClient.IsRedirectTo(login, "/account/two-factor"));
        var (dashboard, _) = await client.GetAsync("/dashboard");
        Assert.True(FormClient.IsRedirectTo(dashboard, "/account/login"));

        var key = await TestAccounts.AuthenticatorKeyAsync(factory, TestAccounts.AdminEmail);
        var wrong = Totp.Code(key, DateTimeOffset.UtcNow.AddMinutes(-10));
        var (refused, page) = await client.SubmitAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = wrong });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(TwoFactorModel.WrongCodeMessage, page.Body!.TextContent);

        var (accepted, _) = await client.SubmitAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) });
        Assert.True(FormClient.IsRedirectTo(accepted, "/dashboard"));
    }

    [Fact]
    public async Task A_recovery_code_works_once()
    {
        var (_, codes) = await admin.SubmitAsync(TwoFactorPolicy.EnrolmentPath, new Dictionary<string, string> { ["Confirmation"] = TestAccounts.AdminPassword }, "form[action*='handler=NewRecoveryCodes']");
        var recovery = codes.QuerySelector(".recovery-codes code")!.TextContent;

        using var first = factory.CreateFormClient();
        await first.SubmitAsync("/account/login", Login(TestAccounts.AdminEmail, TestAccounts.AdminPassword));
        var (used, _) = await first.SubmitAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = recovery });
        Assert.True(FormClient.IsRedirectTo(used, "/dashboard"));

        using var second = factory.CreateFormClient();
        await second.SubmitAsync("/account/login", Login(TestAccounts.AdminEmail, TestAccounts.AdminPassword));
        var (again, page) = await second.SubmitAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = recovery });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(TwoFactorModel.WrongCodeMessage, page.Body!.TextContent);
    }

    private async Task CreateAsync(string email, string role)
    {
        var (created, _) = await admin.SubmitAsync("/admin/users", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Кухарская Оксана Борисовна",
            ["Input.Email"] = email,
            ["Input.Password"] = TestAccounts.TemporaryUserPassword,
            ["Input.Roles"] = role,
        }, "form[action*='handler=Create']");
        Assert.True(FormClient.IsRedirectTo(created, "/admin/users"));
    }

    private async Task<FormClient> SignInWithPasswordOnlyAsync(string email)
    {
        var client = factory.CreateFormClient();
        var (response, _) = await client.SubmitAsync("/account/login", Login(email, TestAccounts.TemporaryUserPassword));
        Assert.True(FormClient.IsRedirectTo(response, "/dashboard"));
        return client;
    }

    private static Dictionary<string, string> Login(string email, string password) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    public Task DisposeAsync()
    {
        admin.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
