using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Journal;

namespace PolicyPortal.IntegrationTests.Data;

/// <summary>The database itself refuses to change or remove a row of the acknowledgement chain or of the audit log.</summary>
public abstract class AppendOnlyTablesTests(DatabaseProvider provider) : IDisposable
{
    private readonly PortalFactory factory = new(provider);

    [Fact]
    public async Task A_raw_update_or_delete_of_an_acknowledgement_or_audit_row_is_refused()
    {
        _ = factory.Server;
        var (acknowledgementId, auditId) = await ArrangeRowsAsync(factory);

        await using (var scope = factory.Scope(out var db))
        {
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlAsync($"UPDATE \"Acknowledgements\" SET \"RecordedBy\" = 'forged' WHERE \"Id\" = {acknowledgementId}"));
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlAsync($"DELETE FROM \"Acknowledgements\" WHERE \"Id\" = {acknowledgementId}"));
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlAsync($"UPDATE \"AuditLog\" SET \"Details\" = 'forged' WHERE \"Id\" = {auditId}"));
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditLog\" WHERE \"Id\" = {auditId}"));
        }

        await using var read = factory.Scope(out var check);
        Assert.Equal("director", (await check.Acknowledgements.AsNoTracking().SingleAsync(a => a.Id == acknowledgementId)).RecordedBy);
        Assert.Equal("Проверка", (await check.AuditLog.AsNoTracking().SingleAsync(a => a.Id == auditId)).Details);
    }

    [Fact]
    public async Task New_rows_are_still_written_to_the_append_only_tables()
    {
        _ = factory.Server;
        await ArrangeRowsAsync(factory);
        await using var scope = factory.Scope(out var db);
        Assert.Equal(1, await db.Acknowledgements.CountAsync());
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Details == "Проверка"));
    }

    [Fact]
    public async Task Verify_audit_with_an_earlier_anchor_reports_a_deleted_tail_that_the_chain_alone_does_not_show()
    {
        _ = factory.Server;
        await ArrangeRowsAsync(factory);
        string anchor;
        await using (var scope = factory.Scope(out var db))
        {
            anchor = (await scope.ServiceProvider.GetRequiredService<JournalAudit>().AnchorAsync()).ToString();
            Assert.StartsWith("1+", anchor);
            foreach (var sql in AppendOnlyTriggers.DropSql(db.Database.ProviderName!))
            {
                await db.Database.ExecuteSqlRawAsync(sql);
            }

            await db.Database.ExecuteSqlAsync($"DELETE FROM \"Acknowledgements\"");
        }

        var plain = await AdminCommand.RunAsync(factory, null, "verify-audit");
        Assert.True(plain.ExitCode == 0, plain.Output + plain.Error);
        var anchored = await AdminCommand.RunAsync(factory, null, "verify-audit", "--anchor", anchor);
        Assert.Equal(1, anchored.ExitCode);
        Assert.Contains($"в журнале ознакомлений 0 записей, а по отметке {anchor} их было 1: конец цепочки удалён", anchored.Output);
    }

    internal static async Task<(long AcknowledgementId, long AuditId)> ArrangeRowsAsync(PortalFactory factory)
    {
        await using var scope = factory.Scope(out var db);
        var now = DateTimeOffset.UtcNow;
        var document = PolicyDocument.CreateDraft(new DocumentContent { Requisites = { Number = "44", Title = "О применении сервисов" } }, "director", now);
        document.Publish(DocumentArrange.ApprovedOnPaper, "director", now);
        var person = new Person { FullName = "Сотрудникова Мария Ивановна", Position = "Преподаватель", Email = "staff@college.test" };
        db.Documents.Add(document);
        db.People.Add(person);
        await db.SaveChangesAsync();
        var acknowledgement = Acknowledgement.Electronic(document.Id, document.SnapshotHash!, null, person.Id, "user-1", "director", now, "127.0.0.1", "test", Acknowledgement.Genesis);
        var audit = AuditEntry.Record(now, "director", "Test", document.Id.ToString(), "Проверка");
        db.Acknowledgements.Add(acknowledgement);
        db.AuditLog.Add(audit);
        await db.SaveChangesAsync();
        return (acknowledgement.Id, audit.Id);
    }

    public void Dispose()
    {
        factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteAppendOnlyTablesTests() : AppendOnlyTablesTests(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task A_backup_keeps_the_triggers_and_they_refuse_changes_in_the_copy()
    {
        using var factory = new PortalFactory();
        _ = factory.Server;
        var (acknowledgementId, _) = await ArrangeRowsAsync(factory);
        var target = Path.Combine(factory.Database.Folder, "copy.db");
        var backup = await AdminCommand.RunAsync(factory, null, "backup", target);
        Assert.True(backup.ExitCode == 0, backup.Error);

        await using var connection = new SqliteConnection($"Data Source={target};Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'";
        Assert.Equal(4L, await count.ExecuteScalarAsync());
        await using var delete = connection.CreateCommand();
        delete.CommandText = $"DELETE FROM Acknowledgements WHERE Id = {acknowledgementId}";
        await Assert.ThrowsAsync<SqliteException>(() => delete.ExecuteNonQueryAsync());
    }
}

public sealed class PostgreSqlAppendOnlyTablesTests() : AppendOnlyTablesTests(DatabaseProvider.PostgreSql);
