using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

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
    private const int Milliseconds = 30_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // The same setting as «PRAGMA busy_timeout», set on the native connection directly: every query opens a pooled
    // connection, and a PRAGMA statement prepared and run on each open cost the uncached public page about 1.5 % of its CPU.
    private static void Apply(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_busy_timeout(handle, Milliseconds), handle);
    }
}
