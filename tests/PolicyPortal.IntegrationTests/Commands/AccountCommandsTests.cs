using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Commands;

public sealed class AccountCommandsTests : IDisposable
{
    private readonly PortalFactory factory = new();

    [Fact]
    public async Task Migrate_then_create_admin_reads_the_password_from_standard_input()
    {
        var migrate = await AdminCommand.RunAsync(factory, null, "migrate");
        Assert.True(migrate.ExitCode == 0, migrate.Error);

        var created = await AdminCommand.RunAsync(factory, "пароль из стандартного ввода", "create-admin", "it@college.test", "Рыбаков", "Сергей");
        Assert.True(created.ExitCode == 0, created.Error);
        Assert.DoesNotContain("пароль из стандартного ввода", created.Output + created.Error);

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync("it@college.test");
        Assert.NotNull(admin);
        Assert.Equal("Рыбаков Сергей", admin.FullName);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Administrator));
        Assert.True(await users.CheckPasswordAsync(admin, "пароль из стандартного ввода"));
    }

    [Fact]
    public async Task Create_admin_refuses_a_weak_password_in_russian()
    {
        var created = await AdminCommand.RunAsync(factory, "1234567890", "create-admin", "it@college.test");

        Assert.Equal(1, created.ExitCode);
        Assert.Contains("распространён", created.Error);
        await using var scope = factory.Scope(out var db);
        Assert.Equal(0, await db.Users.CountAsync());
    }

    public void Dispose() => factory.Dispose();
}
