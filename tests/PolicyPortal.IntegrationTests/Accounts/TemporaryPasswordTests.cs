using System.Net;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Accounts;

public sealed class TemporaryPasswordTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    public Task DisposeAsync()
    {
        admin.Dispose();
        return factory.DisposeAsync().AsTask();
    }

    [Fact]
    public async Task A_password_set_by_the_administrator_must_be_changed_before_anything_else_opens()
    {
        await TestAccounts.CreateUserWithTemporaryPasswordAsync(admin, "teacher@college.test", Roles.Staff);
        using var user = await TestAccounts.SignInAsync(factory, "teacher@college.test", TestAccounts.TemporaryUserPassword);

        foreach (var page in new[] { "/dashboard", "/my/documents", "/account/agreement" })
        {
            var (blocked, _) = await user.GetAsync(page);
            Assert.True(FormClient.IsRedirectTo(blocked, TemporaryPassword.ChangePath), page);
        }

        var (_, form) = await user.GetAsync(TemporaryPassword.ChangePath);
        Assert.Contains("Пароль для вас задал администратор", form.Body!.TextContent, StringComparison.Ordinal);

        var (_, changed) = await user.SubmitAsync(TemporaryPassword.ChangePath, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestAccounts.TemporaryUserPassword,
            ["Input.NewPassword"] = TestAccounts.UserPassword,
            ["Input.ConfirmPassword"] = TestAccounts.UserPassword,
        });
        Assert.Contains("Пароль изменён", changed.Body!.TextContent, StringComparison.Ordinal);

        var (dashboard, _) = await user.GetAsync("/my/documents");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        // Not asked again at the next sign-in.
        using var again = await TestAccounts.SignInAsync(factory, "teacher@college.test", TestAccounts.UserPassword);
        var (next, _) = await again.GetAsync("/my/documents");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task The_administrators_own_password_from_setup_is_not_temporary()
    {
        var (response, _) = await admin.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
