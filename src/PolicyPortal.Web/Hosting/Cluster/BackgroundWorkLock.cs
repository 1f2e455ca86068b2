using Medallion.Threading;

namespace PolicyPortal.Web.Hosting.Cluster;

/// <summary>
/// Work that must run once across servers (the PDF retrier, reminders, migrations) takes a named lock: a PostgreSQL
/// advisory lock (DistributedLock.Postgres) when the database is PostgreSQL, none on SQLite or SQL Server, where one
/// server runs alone.
/// </summary>
public sealed class BackgroundWorkLock(IDistributedLockProvider? provider, string database)
{
    private static readonly IAsyncDisposable NoLock = new Released();

    /// <summary>Null when another server holds the lock right now.</summary>
    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken ct) =>
        provider is null ? NoLock : await provider.TryAcquireLockAsync(Key(name), TimeSpan.Zero, ct);

    /// <summary>Waits up to <paramref name="timeout"/> for the server that holds the lock (throws TimeoutException past it).</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan timeout, CancellationToken ct) =>
        provider is null ? NoLock : await provider.AcquireLockAsync(Key(name), timeout, ct);

    private string Key(string name) => $"policyportal:{database}:{name}";

    private sealed class Released : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
