using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Security;

public sealed class AuthorisationLogTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task A_refused_authorisation_is_logged_with_user_resource_and_time()
    {
        using var staff = await TestAccounts.CreateUserAsync(factory, admin, "curious@college.test", Roles.Staff);
        var before = DateTimeOffset.UtcNow;
        await staff.PostRawAsync("/admin/users?handler=Toggle&id=someone", [], tokenPage: "/dashboard");

        var line = Assert.Single(await LogLinesAsync(), l => l.Contains("Authorisation refused", StringComparison.Ordinal) && l.Contains("curious@college.test", StringComparison.Ordinal));
        Assert.Contains("forbidden", line, StringComparison.Ordinal);
        Assert.Contains("POST", line, StringComparison.Ordinal);
        Assert.Contains("/admin/users?handler=Toggle", line, StringComparison.Ordinal);
        Assert.Contains(before.ToString("yyyy-MM-ddTHH", System.Globalization.CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> LogLinesAsync()
    {
        var lines = new List<string>();
        foreach (var file in Directory.GetFiles(factory.LogFolder, "portal-*.log"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            lines.AddRange((await reader.ReadToEndAsync()).Split('\n'));
        }

        return lines;
    }

    public Task DisposeAsync()
    {
        admin.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
