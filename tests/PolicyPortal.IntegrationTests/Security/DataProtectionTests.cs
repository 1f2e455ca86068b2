using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>The keys that encrypt cookies and sessions are kept (data/keys with SQLite, the database otherwise), so a
/// restart keeps everyone signed in; new keys make every old cookie worthless.</summary>
public abstract class DataProtectionTests(DatabaseProvider provider) : IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create(provider);

    [Fact]
    public async Task A_sign_in_cookie_survives_a_restart()
    {
        var cookie = await SignInStaffAndStopAsync();

        using var restarted = new PortalFactory(database);
        using var client = CookieReplay.ClientWith(restarted, cookie);
        Assert.True(await CookieReplay.IsSignedInAsync(client));
    }

    [Fact]
    public async Task A_sign_in_cookie_does_not_survive_a_key_change()
    {
        var cookie = await SignInStaffAndStopAsync();
        await DeleteKeysAsync();

        using var restarted = new PortalFactory(database);
        using var client = CookieReplay.ClientWith(restarted, cookie);
        Assert.False(await CookieReplay.IsSignedInAsync(client));
    }

    private async Task<System.Net.Cookie> SignInStaffAndStopAsync()
    {
        using var first = new PortalFactory(database);
        using var admin = await TestAccounts.SetUpAsync(first);
        using var staff = await TestAccounts.CreateUserAsync(first, admin, "restart@college.test", Roles.Staff);
        return CookieReplay.AuthCookieOf(staff);
    }

    private async Task DeleteKeysAsync()
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var keys = Path.Combine(database.Folder, "keys");
            Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
            Directory.Delete(keys, recursive: true);
            return;
        }

        using var factory = new PortalFactory(database);
        await using var scope = factory.Scope(out var db);
        Assert.True(await db.DataProtectionKeys.ExecuteDeleteAsync() > 0);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDataProtectionTests() : DataProtectionTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlDataProtectionTests() : DataProtectionTests(DatabaseProvider.PostgreSql);
