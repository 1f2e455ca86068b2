using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PolicyPortal.Web.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock (its busy handler retries within milliseconds of the lock's release)
/// instead of Microsoft.Data.Sqlite's managed retry, which blocks the thread for 150 ms per try: with 16 people
/// signing at once those sleeps held thread-pool threads while the cores idled (bench/AckBench).
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    /// <summary>As long as a command may run by default (30 s): a write waits for the lock, it does not fail sooner.</summary>
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
