using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Security;

public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new PortalFactory().WithSetting("Security:SignInPostsPerMinute", "3");

    public async Task InitializeAsync() => (await TestAccounts.SetUpAsync(factory)).Dispose();

    [Fact]
    public async Task Past_the_limit_a_login_post_gets_429_with_retry_after_before_any_password_is_checked()
    {
        using var client = factory.CreateFormClient();
        for (var i = 0; i < 3; i++)
        {
            var (allowed, _) = await client.SubmitAsync("/account/login", Login($"неверный пароль {i}"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var (limited, page) = await client.SubmitAsync("/account/login", Login("неверный пароль 4"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {limited.Headers.RetryAfter}");
        Assert.Contains("Слишком много запросов", page.Body!.TextContent);

        // The password of the fourth attempt was never checked: the account has three failures, not four.
        await using var scope = factory.Scope(out var db);
        Assert.Equal(3, await db.Users.Where(u => u.Email == TestAccounts.AdminEmail).Select(u => u.AccessFailedCount).SingleAsync());

        var (read, _) = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode); // only POSTs count
    }

    [Fact]
    public async Task The_change_password_page_is_limited_like_sign_in()
    {
        // Two sign-in posts (password, code), then one wrong current password; the fourth post is refused unchecked.
        using var admin = await TestAccounts.SignInAsync(factory, TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var form = new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "неверный пароль",
            ["Input.NewPassword"] = "совсем новый пароль администратора",
            ["Input.ConfirmPassword"] = "совсем новый пароль администратора",
        };
        var (allowed, _) = await admin.SubmitAsync("/account/change-password", form);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var (limited, _) = await admin.SubmitAsync("/account/change-password", form);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);

        await using var scope = factory.Scope(out var db);
        Assert.Equal(1, await db.Users.Where(u => u.Email == TestAccounts.AdminEmail).Select(u => u.AccessFailedCount).SingleAsync());
    }

    private static Dictionary<string, string> Login(string password) => new()
    {
        ["Input.Email"] = TestAccounts.AdminEmail,
        ["Input.Password"] = password,
    };

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
