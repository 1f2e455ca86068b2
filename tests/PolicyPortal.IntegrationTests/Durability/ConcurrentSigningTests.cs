using PolicyPortal.AckBench;
using static PolicyPortal.IntegrationTests.Durability.DurabilityHelpers;

namespace PolicyPortal.IntegrationTests.Durability;

public sealed class ConcurrentSigningTests : IDisposable
{
    /// <summary>30 s in the issue; 10 s in the suite (PP_SIGNING_SECONDS=30 for the full run).</summary>
    private static readonly int Seconds = int.TryParse(Environment.GetEnvironmentVariable("PP_SIGNING_SECONDS"), out var s) ? s : 10;

    private readonly string folder = Directory.CreateTempSubdirectory("policyportal-load-").FullName;

    [Fact]
    public async Task Sixteen_parallel_signing_clients_see_no_5xx_and_no_database_is_locked()
    {
        var crowd = await SigningCrowd.ArrangeAsync(folder, 60 * Seconds);
        using var portal = new PortalProcess(WebDll, folder);
        await portal.StartAsync();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(Seconds));

        var (acknowledged, failures) = await SignAsync(portal.BaseUrl, crowd.DocumentId, crowd.Emails, clients: 16, stop.Token);
        portal.Kill();

        Assert.Empty(failures);
        Assert.NotEmpty(acknowledged);
        var logs = Directory.GetFiles(Path.Combine(folder, "logs"));
        Assert.DoesNotContain(logs, f => File.ReadAllText(f).Contains("database is locked", StringComparison.OrdinalIgnoreCase));
        var (integrity, signed, rows) = await ReadAsync(Path.Combine(folder, "policyportal.db"));
        Assert.Equal("ok", integrity);
        Assert.Equal(acknowledged.Count, rows);
        Assert.Equal(acknowledged.ToHashSet(), signed);
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
