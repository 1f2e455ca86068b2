using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Pages.Account;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>Issue 14, medium and low: codes used once, disabled accounts stopped at every step, the change-password page
/// counting toward lockout, the same work for every failed sign-in, re-authentication for new recovery codes.</summary>
public sealed class AccountStepTests : IAsyncLifetime
{
    private readonly CountingHasher hasher = new();
    private readonly PortalFactory factory;
    private FormClient admin = default!;

    public AccountStepTests() => factory = new PortalFactory().WithServices(s => s.Replace(ServiceDescriptor.Singleton<IPasswordHasher<AppUser>>(hasher)));

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task A_code_works_once_per_user_and_a_code_from_a_minute_ago_is_refused()
    {
        var key = await TestAccounts.AuthenticatorKeyAsync(factory, TestAccounts.AdminEmail);
        using var first = await PasswordStepAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var (old, oldPage) = await first.SubmitAsync("/account/two-factor", Code(Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(-60))));
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Contains(TwoFactorModel.WrongCodeMessage, oldPage.Body!.TextContent);

        var code = Totp.Now(key);
        var (accepted, _) = await first.SubmitAsync("/account/two-factor", Code(code));
        Assert.True(FormClient.IsRedirectTo(accepted, "/dashboard"));

        using var second = await PasswordStepAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var (replayed, page) = await second.SubmitAsync("/account/two-factor", Code(code));
        Assert.False(FormClient.IsRedirectTo(replayed, "/dashboard"));
        Assert.Contains(TwoFactorModel.WrongCodeMessage, page.Body!.TextContent);
    }

    [Fact]
    public async Task An_account_disabled_between_the_password_and_the_code_gets_no_further()
    {
        using var director = await TestAccounts.CreateUserAsync(factory, admin, "director@college.test", Roles.Director);
        var key = await TestAccounts.AuthenticatorKeyAsync(factory, "director@college.test");
        using var half = await PasswordStepAsync("director@college.test", TestAccounts.UserPassword);

        await ToggleAsync("director@college.test");
        var (answer, page) = await half.SubmitAsync("/account/two-factor", Code(Totp.Now(key)));
        Assert.False(FormClient.IsRedirectTo(answer, "/dashboard"));
        Assert.Contains(TwoFactorModel.NotAllowedMessage, page.Body!.TextContent);
        var (dashboard, _) = await half.GetAsync("/dashboard");
        Assert.True(FormClient.IsRedirectTo(dashboard, "/account/login"));
        var (earlier, _) = await director.GetAsync("/director/documents");
        Assert.True(FormClient.IsRedirectTo(earlier, "/account/login"));
    }

    [Fact]
    public async Task Wrong_current_passwords_on_the_change_password_page_lock_the_account()
    {
        using var staff = await TestAccounts.CreateUserAsync(factory, admin, "staff@college.test", Roles.Staff);
        for (var i = 0; i < 5; i++)
        {
            var (_, wrong) = await staff.SubmitAsync("/account/change-password", ChangeForm($"неверный пароль {i}"));
            Assert.NotNull(FormClient.ErrorFor(wrong, "Input.CurrentPassword"));
        }

        var (_, locked) = await staff.SubmitAsync("/account/change-password", ChangeForm(TestAccounts.UserPassword));
        Assert.Contains(LoginModel.LockedMessage, FormClient.ErrorFor(locked, "Input.CurrentPassword"));
        await using var scope = factory.Scope(out var db);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "staff@college.test");
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow);
        Assert.True(new PasswordHasher<AppUser>().VerifyHashedPassword(user, user.PasswordHash!, TestAccounts.UserPassword) != PasswordVerificationResult.Failed);
    }

    [Fact]
    public async Task Unknown_locked_and_wrong_password_get_the_same_message_and_one_hash_each()
    {
        using var client = factory.CreateFormClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/account/login", Login(TestAccounts.AdminEmail, $"неверный пароль {i}"));
        }

        foreach (var (email, password) in new[] { ("nobody@college.test", "какой-то пароль"), (TestAccounts.AdminEmail, TestAccounts.AdminPassword) })
        {
            var before = hasher.Work;
            var (_, page) = await client.SubmitAsync("/account/login", Login(email, password));
            Assert.Contains(LoginModel.FailedMessage, page.Body!.TextContent);
            Assert.DoesNotContain(LoginModel.LockedMessage, page.Body!.TextContent);
            Assert.Equal(1, hasher.Work - before);
        }
    }

    [Fact]
    public async Task New_recovery_codes_need_the_password_or_a_current_code()
    {
        const string form = "form[action*='handler=NewRecoveryCodes']";
        var (_, none) = await admin.SubmitAsync(TwoFactorPolicy.EnrolmentPath, new Dictionary<string, string>(), form);
        Assert.Empty(none.QuerySelectorAll(".recovery-codes code"));
        Assert.Equal(TwoFactorSetupModel.ConfirmationMessage, FormClient.ErrorFor(none, "Confirmation"));
        var (_, wrong) = await admin.SubmitAsync(TwoFactorPolicy.EnrolmentPath, new Dictionary<string, string> { ["Confirmation"] = "не тот пароль" }, form);
        Assert.Empty(wrong.QuerySelectorAll(".recovery-codes code"));
        Assert.Equal(TwoFactorSetupModel.WrongConfirmationMessage, FormClient.ErrorFor(wrong, "Confirmation"));

        var key = await TestAccounts.AuthenticatorKeyAsync(factory, TestAccounts.AdminEmail);
        var (_, withCode) = await admin.SubmitAsync(TwoFactorPolicy.EnrolmentPath, new Dictionary<string, string> { ["Confirmation"] = Totp.Now(key) }, form);
        Assert.Equal(10, withCode.QuerySelectorAll(".recovery-codes code").Length);
        var (_, withPassword) = await admin.SubmitAsync(TwoFactorPolicy.EnrolmentPath, new Dictionary<string, string> { ["Confirmation"] = TestAccounts.AdminPassword }, form);
        Assert.Equal(10, withPassword.QuerySelectorAll(".recovery-codes code").Length);
    }

    private async Task<FormClient> PasswordStepAsync(string email, string password)
    {
        var client = factory.CreateFormClient();
        var (response, _) = await client.SubmitAsync("/account/login", Login(email, password));
        Assert.True(FormClient.IsRedirectTo(response, "/account/two-factor"), $"{(int)response.StatusCode}");
        return client;
    }

    private async Task ToggleAsync(string email)
    {
        string id;
        await using (factory.Scope(out var db))
        {
            id = (await db.Users.SingleAsync(u => u.Email == email)).Id;
        }

        var (response, _) = await admin.SubmitAsync("/admin/users", new Dictionary<string, string>(), $"form[action*='handler=Toggle'][action*='{id}']");
        Assert.True(FormClient.IsRedirectTo(response, "/admin/users"));
    }

    private static Dictionary<string, string> Code(string code) => new() { ["Input.Code"] = code };

    private static Dictionary<string, string> Login(string email, string password) => new() { ["Input.Email"] = email, ["Input.Password"] = password };

    private static Dictionary<string, string> ChangeForm(string current) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = "совсем новый пароль сотрудника",
        ["Input.ConfirmPassword"] = "совсем новый пароль сотрудника",
    };

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Identity's hasher, counting hashes and verifications: the work a sign-in does.</summary>
    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> inner = new();
        private int work;

        public int Work => work;

        public string HashPassword(AppUser user, string password)
        {
            Interlocked.Increment(ref work);
            return inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref work);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
