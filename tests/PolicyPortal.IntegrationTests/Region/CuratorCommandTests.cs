using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Region;

public sealed class CuratorCommandTests : IDisposable
{
    private readonly RegionFactory factory = new();

    [Fact]
    public async Task Create_curator_makes_an_account_with_the_curator_role_only_and_a_password_from_standard_input()
    {
        var created = await AdminCommand.RunAsync(factory, TestAccounts.AdminPassword, "create-curator", "inspector@minobr.test", "Инспекторова", "Ольга");
        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Contains("Куратор inspector@minobr.test создан", created.Output);
        Assert.DoesNotContain(TestAccounts.AdminPassword, created.Output + created.Error);

        Assert.True(await factory.IsCuratorAsync("inspector@minobr.test"));
        using var curator = await TestAccounts.SignInAsync(factory, "inspector@minobr.test", TestAccounts.AdminPassword);
        var (landing, _) = await curator.GetAsync("/dashboard");
        Assert.True(FormClient.IsRedirectTo(landing, "/region"));
    }

    public void Dispose() => factory.Dispose();
}
