using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Data;

/// <summary>On PostgreSQL `backup` prints the pg_dump command; that command, run as printed, gives a dump that restores.</summary>
public sealed class PostgreSqlBackupTests : IDisposable
{
    private readonly PortalFactory source = new(DatabaseProvider.PostgreSql);
    private readonly TestDatabase target = TestDatabase.Create(DatabaseProvider.PostgreSql);

    [Fact]
    public async Task The_printed_pg_dump_command_makes_a_dump_that_restores_into_a_working_portal()
    {
        await using (var scope = source.Scope(out var db))
        {
            var document = PolicyDocument.CreateDraft(new DocumentContent { Requisites = { Number = "44", Title = "О применении сервисов" } }, "director", DateTimeOffset.UtcNow);
            document.Publish(DocumentArrange.ApprovedOnPaper, "director", DateTimeOffset.UtcNow);
            db.Documents.Add(document);
            await db.SaveChangesAsync();
        }

        var dump = Path.Combine(source.Database.Folder, "portal.dump");
        var printed = await AdminCommand.RunAsync(source, null, "backup", dump);
        Assert.True(printed.ExitCode == 0, printed.Error);
        var command = printed.LastLine;
        Assert.StartsWith("PGPASSWORD=… pg_dump --format=custom", command);

        // The password is the operator's to supply; the test cluster trusts loopback connections.
        Assert.Equal(0, await ShellAsync(command.Replace("PGPASSWORD=… ", "", StringComparison.Ordinal)));
        Assert.True(new FileInfo(dump).Length > 0);

        var restoreTo = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{restoreTo.Database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, await ShellAsync($"pg_restore --no-owner --host={restoreTo.Host} --port={restoreTo.Port} --username={restoreTo.Username} --dbname={restoreTo.Database} {dump}"));

        using var restored = new PortalFactory(target);
        await using var check = restored.Scope(out var restoredDb);
        var copy = await restoredDb.Documents.SingleAsync();
        Assert.Equal("44", copy.Number);
        Assert.Equal(DocumentJson.Sha256(copy.SnapshotJson!), copy.SnapshotHash);
        Assert.Empty(await restoredDb.Database.GetPendingMigrationsAsync());
        Assert.Equal(13, await restoredDb.Services.CountAsync());
    }

    private static async Task<int> ShellAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardError = true })!;
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    public void Dispose()
    {
        source.Dispose();
        target.Dispose();
    }
}
