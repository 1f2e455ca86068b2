using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Data;

/// <summary>
/// The printed kind of rows saved before it was kept: on a real SQLite file made by the migrations before
/// DraftTypeNames, an old draft gets its kind from its content when the portal migrates; a published version keeps none
/// and is named as it was.
/// </summary>
public sealed class DraftTypeNamesMigrationTests : IDisposable
{
    private readonly PortalFactory factory = new();

    [Fact]
    public async Task An_old_draft_gets_its_printed_kind_and_a_published_version_is_named_as_it_was()
    {
        var file = Path.Combine(factory.Database.Folder, "policyportal.db");
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options;
        var draftId = Guid.NewGuid();
        var publishedId = Guid.NewGuid();
        await using (var old = new SqliteAppDbContext(options))
        {
            var migrations = old.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_DraftTypeNames", StringComparison.Ordinal)) - 1];
            await old.GetService<IMigrator>().MigrateAsync(before);
            await InsertOldRowAsync(old, draftId, "Draft", "ПОРЯДОК", "Порядок применения сервисов");
            await InsertOldRowAsync(old, publishedId, "Published", "ПРАВИЛА", "Правила электронного взаимодействия");
        }

        await using var scope = factory.Scope(out var db);
        var draft = await db.Documents.IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == draftId);
        var published = await db.Documents.IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == publishedId);

        Assert.Equal("Порядок", draft.TypeName);
        Assert.Equal("Порядок № 12 от 01.09.2025", DocumentTitles.Short(draft).Replace('\u00a0', ' '));
        Assert.Equal("", published.TypeName);
        Assert.Equal("Положение № 12 от 01.09.2025", DocumentTitles.Short(published).Replace('\u00a0', ' '));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    /// <summary>A row as the portal wrote it before TypeName was filled: the column is there, empty.</summary>
    private static async Task InsertOldRowAsync(SqliteAppDbContext db, Guid id, string status, string typeWord, string title)
    {
        var content = new DocumentContent { Kind = DocumentKind.StandaloneRegulation };
        content.Requisites.DocumentTypeName = typeWord;
        content.Requisites.Title = title;
        content.Requisites.Number = "12";
        content.Requisites.Date = new DateOnly(2025, 9, 1);
        var json = DocumentJson.Serialize(content);
        var published = status == "Published";
        var at = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero))!;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO Documents (Id, Kind, Status, Number, Date, Title, TypeName, ContentJson, Revision, CreatedAt, CreatedBy,
                UpdatedAt, UpdatedBy, PublishedAt, PublishedBy, SnapshotJson, SnapshotHash, InstitutionId)
            VALUES ({id.ToString().ToUpperInvariant()}, {"StandaloneRegulation"}, {status}, {"12"}, {"2025-09-01"}, {title}, {""},
                {json}, {1}, {at}, {"director"}, {at}, {"director"}, {(published ? at : null)}, {(published ? "director" : null)},
                {(published ? json : null)}, {(published ? DocumentJson.Sha256(json) : null)}, {1})
            """);
    }

    public void Dispose() => factory.Dispose();
}
