using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Journal;

/// <summary>
/// Seals the journal rows a save adds. A new acknowledgement already links to the last one (the ledger found it, the
/// unique index on PreviousHash stops a fork); here its link is authenticated with the key. New audit lines are linked
/// one at a time under a lock on the audit chain (SQLite: the write transaction; PostgreSQL: an advisory lock;
/// SQL Server: an application lock), each saved on its own so that the order of ids is the order of the chain.
/// </summary>
public static class JournalWriter
{
    private const long PostgreSqlAuditLockKey = 0x5050_4175_6469_7401; // "PPAudit", any constant of our own

    public static bool HasJournalRows(AppDbContext db) =>
        db.ChangeTracker.Entries().Any(e => e.State == EntityState.Added && e.Entity is Acknowledgement or AuditEntry);

    public static async Task<int> SaveAsync(AppDbContext db, Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        var keyring = db.GetService<JournalKeyring>();
        var keyFile = await keyring.GetOrCreateAsync(db, ct);
        foreach (var acknowledgement in Added<Acknowledgement>(db))
        {
            acknowledgement.SealWith(keyFile.Key);
        }

        var lines = Added<AuditEntry>(db);
        if (lines.Count == 0)
        {
            return await save(ct);
        }

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using (ownTransaction)
        {
            await LockAuditChainAsync(db, ct);
            foreach (var line in lines.Skip(1))
            {
                db.Entry(line).State = EntityState.Detached;
            }

            var previous = await LastAuditLinkAsync(db, keyFile, ct);
            var saved = 0;
            foreach (var line in lines)
            {
                if (db.Entry(line).State == EntityState.Detached)
                {
                    db.AuditLog.Add(line);
                }

                line.LinkTo(previous, keyFile.Key);
                saved += await save(ct);
                previous = line.Hash;
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
            }

            return saved;
        }
    }

    private static List<T> Added<T>(AppDbContext db) where T : class =>
        db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();

    private static async Task<string> LastAuditLinkAsync(AppDbContext db, JournalKeyFile keyFile, CancellationToken ct)
    {
        var last = await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct);
        // No line yet, or only lines from before the key: the chain goes on from the running link recorded in the key file.
        return last is { Length: > 0 } ? last : keyFile.AuditLog.Head;
    }

    private static Task LockAuditChainAsync(AppDbContext db, CancellationToken ct) => db.Database.ProviderName switch
    {
        AppendOnlyTriggers.PostgreSqlProvider => db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgreSqlAuditLockKey})", ct),
        AppendOnlyTriggers.SqlServerProvider => db.Database.ExecuteSqlRawAsync(
            "EXEC sp_getapplock @Resource = N'PolicyPortal.AuditLog', @LockMode = N'Exclusive', @LockOwner = N'Transaction'", ct),
        // SQLite: BeginTransaction is BEGIN IMMEDIATE, which already holds the only write lock.
        _ => Task.CompletedTask,
    };
}
