using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Data;

/// <summary>SQLite waits for the write lock in its own busy handler, not in Microsoft.Data.Sqlite's 150 ms sleeps.</summary>
public sealed class SqliteBusyTimeoutTests : IDisposable
{
    private readonly PortalFactory factory = new(DatabaseProvider.Sqlite);

    [Fact]
    public async Task Every_connection_the_portal_opens_has_sqlites_own_busy_timeout()
    {
        _ = factory.Server;
        for (var i = 0; i < 2; i++)
        {
            await using var scope = factory.Scope(out var db);
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            Assert.Equal(30000L, Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public void Dispose() => factory.Dispose();
}
