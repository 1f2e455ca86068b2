using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Services;
using PolicyPortal.Web.Hosting.Cluster;
namespace PolicyPortal.Web.Data;

/// <summary>Applies pending migrations at start-up (backing up a SQLite file first) and fills the dictionaries once.
/// Servers starting together take turns (a lock), so the dictionaries are filled once.</summary>
public sealed class DatabaseMigrator(
    AppDbContext db, IConfiguration configuration, IOptions<DataFolderOptions> dataFolder, BackgroundWorkLock workLock, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var held = await workLock.AcquireAsync("migrations", TimeSpan.FromMinutes(5), cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            BackupSqliteBeforeMigrating(pending);
            logger.LogInformation("Applying {Count} migrations: {Migrations}", pending.Count, pending);
            await db.Database.MigrateAsync(cancellationToken);
            if (pending.Any(m => m.EndsWith("_StaffScale", StringComparison.Ordinal)))
            {
                await IndexAcknowledgersAsync(cancellationToken);
            }
        }

        // At every start, not only with the migration: a portal stopped between applying DraftTypeNames and filling
        // the kinds would otherwise never fill them. Drafts saved since carry their kind, so this finds none then.
        await FillDraftTypeNamesAsync(cancellationToken);

        await UseWriteAheadLogAsync(cancellationToken);
        await SeedDictionariesAsync(cancellationToken);
    }

    /// <summary>
    /// SQLite in WAL mode: readers never wait for the writer and a commit is one append to the log, which is what
    /// sixteen people signing at once need. The mode is stored in the file, so this is done once per database.
    /// </summary>
    private async Task UseWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        if (DatabaseRegistration.Provider(configuration) == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private void BackupSqliteBeforeMigrating(List<string> pending)
    {
        if (DatabaseRegistration.Provider(configuration) != DatabaseProvider.Sqlite)
        {
            return;
        }

        var connectionString = db.Database.GetConnectionString()!;
        var file = SqliteBackup.DatabaseFile(connectionString);
        if (!File.Exists(file) || new FileInfo(file).Length == 0)
        {
            return;
        }

        var folder = dataFolder.Value.Sub("backups");
        var target = Path.Combine(folder, $"before-{pending[^1]}-{DateTime.UtcNow:yyyyMMddHHmmss}.db");
        SqliteBackup.Run(connectionString, target);
        logger.LogInformation("SQLite backup before migrating: {Backup}", target);
    }

    /// <summary>Versions published before <see cref="DocumentAcknowledger"/> existed get their rows once, when the table is created.</summary>
    private async Task IndexAcknowledgersAsync(CancellationToken cancellationToken)
    {
        var published = db.Documents.AsNoTracking().Where(d => d.SnapshotJson != null).AsAsyncEnumerable();
        await foreach (var document in published.WithCancellation(cancellationToken))
        {
            db.DocumentAcknowledgers.AddRange(DocumentAcknowledger.Of(document));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Drafts saved before the printed kind («Порядок», «Правила») was kept get it from their content, whenever some
    /// still lack it (idempotent: a filled draft is not found again); published versions are snapshots and keep what
    /// they had, so they print as they did. Every institution's drafts: this runs outside any institution's scope.
    /// </summary>
    private async Task FillDraftTypeNamesAsync(CancellationToken cancellationToken)
    {
        var drafts = await db.Documents.IgnoreQueryFilters()
            .Where(d => d.Status == DocumentStatus.Draft && d.TypeName == "")
            .ToListAsync(cancellationToken);
        if (drafts.Count == 0)
        {
            return;
        }

        var filled = drafts.Count(d => d.FillTypeName());
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Printed kind filled in for {Count} drafts saved before it was kept", filled);
    }

    private async Task SeedDictionariesAsync(CancellationToken cancellationToken)
    {
        if (!await db.Services.AnyAsync(cancellationToken))
        {
            db.Services.AddRange(ServiceCatalog.Seed());
        }

        if (!await db.ProhibitedServices.AnyAsync(cancellationToken))
        {
            db.ProhibitedServices.AddRange(ProhibitedCatalog.Seed());
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
