using PolicyPortal.AckBench;
using static PolicyPortal.IntegrationTests.Durability.DurabilityHelpers;

namespace PolicyPortal.IntegrationTests.Durability;

/// <summary>The real portal as a process, killed with SIGKILL while acknowledgements are being written.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("policyportal-crash-").FullName;

    [Fact]
    public async Task Every_acknowledgement_answered_with_success_survives_a_SIGKILL_and_the_database_stays_whole()
    {
        const int rounds = 3;
        var crowd = await SigningCrowd.ArrangeAsync(folder, 240);
        var promised = new HashSet<string>();
        using var portal = new PortalProcess(WebDll, folder);
        for (var round = 0; round < rounds; round++)
        {
            await portal.StartAsync();
            var emails = crowd.Emails.Skip(round * 80).Take(80);
            using var stop = new CancellationTokenSource();
            var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var signing = SignAsync(portal.BaseUrl, crowd.DocumentId, emails, clients: 8, stop.Token, toleratesConnectionLoss: true, first);

            // Killed at a random moment once signing is under way: a slow, cold start must not leave a round with nothing to lose.
            await Task.WhenAny(first.Task, Task.Delay(TimeSpan.FromSeconds(60)));
            await Task.Delay(Random.Shared.Next(200, 1500));
            portal.Kill();
            await stop.CancelAsync();
            var (acknowledged, failures) = await signing;
            Assert.Empty(failures);
            promised.UnionWith(acknowledged);

            // Restarted: the portal serves again (migrations, WAL recovery) and nothing promised is lost.
            await portal.StartAsync();
            portal.Kill();
            var (integrity, signed, _) = await ReadAsync(Path.Combine(folder, "policyportal.db"));
            Assert.Equal("ok", integrity);
            Assert.Subset(signed, promised);
        }

        Assert.NotEmpty(promised);
        Assert.Equal(0, (await RunCommandAsync(folder, "verify-audit")).ExitCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
