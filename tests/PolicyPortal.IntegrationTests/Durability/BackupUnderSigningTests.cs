using System.Globalization;
using PolicyPortal.AckBench;
using static PolicyPortal.IntegrationTests.Durability.DurabilityHelpers;

namespace PolicyPortal.IntegrationTests.Durability;

public sealed class BackupUnderSigningTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("policyportal-backup-").FullName;
    private readonly string restored = Directory.CreateTempSubdirectory("policyportal-restored-").FullName;

    [Fact]
    public async Task A_backup_taken_while_acknowledgements_are_written_restores_into_a_working_portal_with_a_valid_chain()
    {
        var crowd = await SigningCrowd.ArrangeAsync(folder, 200);
        using var portal = new PortalProcess(WebDll, folder);
        await portal.StartAsync();
        using var stop = new CancellationTokenSource();
        var signing = SignAsync(portal.BaseUrl, crowd.DocumentId, crowd.Emails, clients: 8, stop.Token);
        await WaitForRowsAsync(Path.Combine(folder, "policyportal.db"), atLeast: 5);

        var backup = Path.Combine(restored, "policyportal.db");
        var (exitCode, _) = await RunCommandAsync(folder, "backup", backup);
        await stop.CancelAsync();
        var (acknowledged, failures) = await signing;
        portal.Kill();
        Assert.Equal(0, exitCode);
        Assert.Empty(failures);

        // Restore = the backup file as the data folder's database, and the journal key (kept apart) put back beside it.
        // Whole, consistent, and the chain verifies.
        Directory.CreateDirectory(Path.Combine(restored, "keys"));
        File.Copy(Path.Combine(folder, "keys", "journal.key"), Path.Combine(restored, "keys", "journal.key"));
        var (integrity, signed, rows) = await ReadAsync(backup);
        Assert.Equal("ok", integrity);
        Assert.InRange(rows, 1, acknowledged.Count);
        Assert.Subset(acknowledged.ToHashSet(), signed);
        Assert.Equal(0, (await RunCommandAsync(restored, "verify-audit")).ExitCode);

        using var restoredPortal = new PortalProcess(WebDll, restored);
        await restoredPortal.StartAsync();
        var more = crowd.Emails.Except(signed).Take(3).ToList();
        using var none = new CancellationTokenSource();
        var (after, afterFailures) = await SignAsync(restoredPortal.BaseUrl, crowd.DocumentId, more, clients: 3, none.Token);
        restoredPortal.Kill();
        Assert.Empty(afterFailures);
        Assert.Equal(more.Count, after.Count);
        Assert.Equal(0, (await RunCommandAsync(restored, "verify-audit")).ExitCode);
    }

    /// <summary>The backup must land in the middle of the writes, however slow the machine is today.</summary>
    private static async Task WaitForRowsAsync(string database, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM Acknowledgements";
            if (Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture) >= atLeast)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Fewer than {atLeast} acknowledgements after 60 s.");
    }

    public void Dispose()
    {
        foreach (var path in new[] { folder, restored })
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
