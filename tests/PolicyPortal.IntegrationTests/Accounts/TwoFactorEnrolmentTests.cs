using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Accounts;

public sealed class TwoFactorEnrolmentTests : IAsyncLifetime
{
    private const string Email = "deputy-director@college.test";
    private readonly PortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    public Task DisposeAsync()
    {
        admin.Dispose();
        return factory.DisposeAsync().AsTask();
    }

    [Fact]
    public async Task A_director_in_the_staff_list_enrols_without_talk_of_recovery_codes_and_lands_on_the_dashboard()
    {
        await TestAccounts.CreateUserWithTemporaryPasswordAsync(admin, Email, Roles.Director, "Фёдорова Анна Петровна");
        await using (var scope = factory.Scope(out var db))
        {
            var userId = await db.Users.Where(u => u.Email == Email).Select(u => u.Id).SingleAsync();
            db.People.Add(new Person { FullName = "Фёдорова Анна Петровна", Position = "Заместитель директора", Email = Email, UserId = userId });
            await db.SaveChangesAsync();
        }

        using var director = factory.CreateFormClient();
        await director.SubmitAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = Email,
            ["Input.Password"] = TestAccounts.TemporaryUserPassword,
        });
        var (first, _) = await director.GetAsync("/dashboard");
        Assert.True(FormClient.IsRedirectTo(first, TwoFactorPolicy.EnrolmentPath));

        var (_, setup) = await director.GetAsync(TwoFactorPolicy.EnrolmentPath);
        var form = setup.QuerySelector("main form")!.TextContent;
        Assert.DoesNotContain("восстановления", form, StringComparison.OrdinalIgnoreCase);

        var key = setup.QuerySelector("#shared-key")!.TextContent;
        var (_, enrolled) = await director.SubmitAsync(TwoFactorPolicy.EnrolmentPath, new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) });
        var onward = enrolled.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Перейти на рабочий стол").GetAttribute("href")!;

        // The temporary password comes next; then the link leads where it says.
        var (blocked, _) = await director.GetAsync(onward);
        Assert.True(FormClient.IsRedirectTo(blocked, TemporaryPassword.ChangePath));
        await director.SubmitAsync(TemporaryPassword.ChangePath, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestAccounts.TemporaryUserPassword,
            ["Input.NewPassword"] = TestAccounts.UserPassword,
            ["Input.ConfirmPassword"] = TestAccounts.UserPassword,
        });
        var (landing, page) = await director.GetAsync(onward);
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Contains("Рабочий стол", page.Title, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href^='/account/agreement']"));
    }
}
