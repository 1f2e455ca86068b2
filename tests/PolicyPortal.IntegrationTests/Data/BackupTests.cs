using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Data;

public sealed class BackupTests : IDisposable
{
    private readonly PortalFactory factory = new();

    [Fact]
    public async Task A_backup_taken_while_writes_run_opens_whole_and_restores_into_a_working_portal()
    {
        _ = factory.Server;
        var stop = new CancellationTokenSource();
        var committed = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using var scope = factory.Scope(out var db);
                db.Documents.Add(PolicyDocument.CreateDraft(new DocumentContent { Requisites = { Title = $"Черновик {committed}" } }, "writer", DateTimeOffset.UtcNow));
                await db.SaveChangesAsync();
                Interlocked.Increment(ref committed);
            }
        });
        while (Volatile.Read(ref committed) < 50)
        {
            await Task.Delay(10);
        }

        var backup = Path.Combine(factory.Database.Folder, "backup.db");
        string connectionString;
        await using (var scope = factory.Scope(out var db))
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        SqliteBackup.Run(connectionString, backup);
        var committedAtBackup = Volatile.Read(ref committed);
        await stop.CancelAsync();
        await writer;

        await using var connection = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("ok", await Scalar(connection, "PRAGMA integrity_check"));
        var rows = Convert.ToInt32(await Scalar(connection, "SELECT COUNT(*) FROM Documents"), CultureInfo.InvariantCulture);
        Assert.InRange(rows, 50, committedAtBackup + 1);

        // Restore: a new portal over a data folder holding only the backup starts and serves.
        using var restored = new PortalFactory();
        File.Copy(backup, Path.Combine(restored.Database.Folder, "policyportal.db"));
        await using var restoredScope = restored.Scope(out var restoredDb);
        Assert.Equal(rows, await restoredDb.Documents.CountAsync());
        Assert.Empty(await restoredDb.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task The_backup_command_writes_a_file_and_refuses_to_overwrite()
    {
        _ = factory.Server;
        var target = Path.Combine(factory.Database.Folder, "cmd-backup.db");
        var first = await AdminCommand.RunAsync(factory, null, "backup", target);
        Assert.Equal(0, first.ExitCode);
        Assert.True(File.Exists(target));
        var second = await AdminCommand.RunAsync(factory, null, "backup", target);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("уже существует", second.Error);
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose() => factory.Dispose();
}
