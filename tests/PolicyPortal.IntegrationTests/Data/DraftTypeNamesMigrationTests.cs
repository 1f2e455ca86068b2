using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Data;

/// <summary>
/// The printed kind of rows saved before it was kept: on a real database (a SQLite file, a PostgreSQL database) made by
/// the migrations before DraftTypeNames, an old draft gets its kind from its content when the portal migrates; a
/// published version keeps none and is named as it was. A portal stopped after the migration and before the fill fills
/// the kinds at its next start.
/// </summary>
public abstract class DraftTypeNamesMigrationTests(DatabaseProvider provider) : IDisposable
{
    private readonly PortalFactory factory = new(provider);

    [Fact]
    public async Task An_old_draft_gets_its_printed_kind_and_a_published_version_is_named_as_it_was()
    {
        var (draftId, publishedId) = await ArrangeOldRowsAsync(appliedTheMigration: false);

        await AssertNamedAsync(draftId, publishedId);
    }

    [Fact]
    public async Task A_portal_stopped_between_the_migration_and_the_fill_fills_the_kinds_at_its_next_start()
    {
        var (draftId, publishedId) = await ArrangeOldRowsAsync(appliedTheMigration: true);

        await AssertNamedAsync(draftId, publishedId);
    }

    /// <summary>
    /// The database as the migrations before DraftTypeNames left it, with a draft and a published version saved then;
    /// <paramref name="appliedTheMigration"/>: DraftTypeNames applied as well, as by a portal stopped before it filled the kinds.
    /// </summary>
    private async Task<(Guid Draft, Guid Published)> ArrangeOldRowsAsync(bool appliedTheMigration)
    {
        var draftId = Guid.NewGuid();
        var publishedId = Guid.NewGuid();
        await using var old = OldContext();
        var migrations = old.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_DraftTypeNames", StringComparison.Ordinal));
        var migrator = old.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[index - 1]);
        await InsertOldRowAsync(old, draftId, "Draft", "ПОРЯДОК", "Порядок применения сервисов");
        await InsertOldRowAsync(old, publishedId, "Published", "ПРАВИЛА", "Правила электронного взаимодействия");
        if (appliedTheMigration)
        {
            await migrator.MigrateAsync(migrations[index]);
        }

        return (draftId, publishedId);
    }

    private async Task AssertNamedAsync(Guid draftId, Guid publishedId)
    {
        await using var scope = factory.Scope(out var db);
        var draft = await db.Documents.IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == draftId);
        var published = await db.Documents.IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == publishedId);

        Assert.Equal("Порядок", draft.TypeName);
        Assert.Equal("Порядок № 12 от 01.09.2025", DocumentTitles.Short(draft).Replace('\u00a0', ' '));
        Assert.Equal("", published.TypeName);
        Assert.Equal("Положение № 12 от 01.09.2025", DocumentTitles.Short(published).Replace('\u00a0', ' '));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private AppDbContext OldContext() => provider == DatabaseProvider.Sqlite
        ? new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite($"Data Source={Path.Combine(factory.Database.Folder, "policyportal.db")};Pooling=False").Options)
        : new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(factory.Database.ConnectionString).Options);

    /// <summary>A row as the portal wrote it before TypeName was filled: the column is there, empty.</summary>
    private async Task InsertOldRowAsync(AppDbContext db, Guid id, string status, string typeWord, string title)
    {
        var content = new DocumentContent { Kind = DocumentKind.StandaloneRegulation };
        content.Requisites.DocumentTypeName = typeWord;
        content.Requisites.Title = title;
        content.Requisites.Number = "12";
        content.Requisites.Date = new DateOnly(2025, 9, 1);
        var json = DocumentJson.Serialize(content);
        var published = status == "Published";
        var moment = new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero);
        var sqlite = provider == DatabaseProvider.Sqlite;
        // Each provider's own storage: SQLite keeps the id as upper-case text, the date as text and a moment as a number.
        object key = sqlite ? id.ToString().ToUpperInvariant() : id;
        object date = sqlite ? "2025-09-01" : new DateOnly(2025, 9, 1);
        object at = sqlite ? (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(moment)! : moment;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Documents" ("Id", "Kind", "Status", "Number", "Date", "Title", "TypeName", "ContentJson", "Revision",
                "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "PublishedAt", "PublishedBy", "SnapshotJson", "SnapshotHash", "InstitutionId")
            VALUES ({key}, {"StandaloneRegulation"}, {status}, {"12"}, {date}, {title}, {""},
                {json}, {1}, {at}, {"director"}, {at}, {"director"}, {(published ? at : null)}, {(published ? "director" : null)},
                {(published ? json : null)}, {(published ? DocumentJson.Sha256(json) : null)}, {1})
            """);
    }

    public void Dispose()
    {
        factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDraftTypeNamesMigrationTests() : DraftTypeNamesMigrationTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlDraftTypeNamesMigrationTests() : DraftTypeNamesMigrationTests(DatabaseProvider.PostgreSql);
