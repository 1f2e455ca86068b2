using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>Sessions live in the AuthSessions table: ending one there ends it for any copy of the cookie.</summary>
public sealed class SessionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly PortalFactory factory;
    private FormClient admin = default!;

    public SessionTests() => factory = new PortalFactory().WithServices(s => s.AddSingleton<TimeProvider>(clock));

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Sign_in_cookie_is_host_prefixed_secure_http_only_and_lax()
    {
        using var client = factory.CreateFormClient();
        var (response, _) = await client.SubmitAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = TestAccounts.AdminEmail,
            ["Input.Password"] = TestAccounts.AdminPassword,
        });
        var setCookies = response.Headers.GetValues("Set-Cookie").ToList();

        var twoFactor = Assert.Single(setCookies, c => c.StartsWith("__Host-PolicyPortal.TwoFactor=", StringComparison.Ordinal));
        AssertHardened(twoFactor);
        var (_, loginPage) = await client.GetAsync("/account/login");
        Assert.NotNull(loginPage.QuerySelector("input[name=__RequestVerificationToken]"));

        using var staff = await TestAccounts.CreateUserAsync(factory, admin, "cookie@college.test", Roles.Staff);
        var (signIn, _) = await factory.CreateFormClient().SubmitAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = "cookie@college.test",
            ["Input.Password"] = TestAccounts.UserPassword,
        });
        AssertHardened(Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CookieReplay.AuthCookie + "=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Antiforgery_cookie_is_host_prefixed_and_secure()
    {
        using var client = factory.CreateFormClient();
        var (response, _) = await client.GetAsync("/account/login");
        AssertHardened(Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-PolicyPortal.Antiforgery=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_cookie_replayed_after_logout_is_refused()
    {
        using var staff = await TestAccounts.CreateUserAsync(factory, admin, "replay@college.test", Roles.Staff);
        var stolen = CookieReplay.AuthCookieOf(staff);
        using (var copy = CookieReplay.ClientWith(factory, stolen))
        {
            Assert.True(await CookieReplay.IsSignedInAsync(copy)); // the copy works while the session lives
        }

        var (logout, _) = await staff.SubmitAsync("/dashboard", new Dictionary<string, string>(), "form[action='/account/logout']");
        Assert.True(FormClient.IsRedirectTo(logout, "/account/login"));

        using var replay = CookieReplay.ClientWith(factory, stolen);
        Assert.False(await CookieReplay.IsSignedInAsync(replay));
        Assert.Equal(0, await SessionCountAsync("replay@college.test"));
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        using var phone = await TestAccounts.CreateUserAsync(factory, admin, "two@college.test", Roles.Staff);
        using var office = await TestAccounts.SignInAsync(factory, "two@college.test", TestAccounts.UserPassword);
        Assert.Equal(2, await SessionCountAsync("two@college.test"));

        var (_, changed) = await office.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestAccounts.UserPassword,
            ["Input.NewPassword"] = "новый пароль для офиса",
            ["Input.ConfirmPassword"] = "новый пароль для офиса",
        });
        Assert.Contains("Пароль изменён.", changed.Body!.TextContent);

        Assert.Equal(1, await SessionCountAsync("two@college.test"));
        Assert.True(await CookieReplay.IsSignedInAsync(office));
        Assert.False(await CookieReplay.IsSignedInAsync(phone));
    }

    [Fact]
    public async Task Disabling_a_user_deletes_their_sessions_at_once()
    {
        using var staff = await TestAccounts.CreateUserAsync(factory, admin, "gone@college.test", Roles.Staff);
        Assert.Equal(1, await SessionCountAsync("gone@college.test"));
        var (_, users) = await admin.GetAsync("/admin/users");
        var row = users.QuerySelectorAll("tr").First(r => r.TextContent.Contains("gone@college.test", StringComparison.Ordinal));
        await admin.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)row.QuerySelector("form[action*='handler=Toggle']")!, "/admin/users", new Dictionary<string, string>());

        Assert.Equal(0, await SessionCountAsync("gone@college.test"));
        Assert.False(await CookieReplay.IsSignedInAsync(staff));
    }

    [Fact]
    public async Task Thirty_idle_minutes_end_the_session()
    {
        using var staff = await TestAccounts.CreateUserAsync(factory, admin, "idle@college.test", Roles.Staff);
        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.True(await CookieReplay.IsSignedInAsync(staff)); // activity slides the window

        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.False(await CookieReplay.IsSignedInAsync(staff));
    }

    [Fact]
    public async Task Twelve_hours_end_the_session_however_active()
    {
        using var staff = await TestAccounts.CreateUserAsync(factory, admin, "busy@college.test", Roles.Staff);
        // A request every 20 minutes: the idle limit (30) never strikes, only the 12-hour one.
        for (var step = 1; step <= 35; step++)
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            Assert.True(await CookieReplay.IsSignedInAsync(staff), $"signed out after {step * 20} minutes");
        }

        clock.Advance(TimeSpan.FromMinutes(21)); // 12 h 01 min after the password
        Assert.False(await CookieReplay.IsSignedInAsync(staff));
    }

    private static void AssertHardened(string setCookie)
    {
        var attributes = setCookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.StartsWith("__Host-", setCookie, StringComparison.Ordinal);
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
        Assert.Contains(attributes, a => a is "samesite=lax" or "samesite=strict");
    }

    private async Task<int> SessionCountAsync(string email)
    {
        await using var scope = factory.Scope(out var db);
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.AuthSessions.CountAsync(s => s.UserId == userId);
    }

    public Task DisposeAsync()
    {
        admin.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
