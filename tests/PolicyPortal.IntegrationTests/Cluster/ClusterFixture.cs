using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Cluster;

/// <summary>
/// scripts/cluster.sh start — PostgreSQL, Redis, two portal nodes (this build's PolicyPortal.Web.dll) and nginx — set up
/// once through the balancer; stopped with scripts/cluster.sh stop. A cluster that cannot start fails the tests with
/// the script's own words.
/// </summary>
public sealed partial class ClusterFixture : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"policyportal-cluster-{Guid.NewGuid():N}");

    public string Url { get; private set; } = "";
    public IReadOnlyList<string> Nodes { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Exports { get; private set; } = new Dictionary<string, string>();
    public string MailFolder => Path.Combine(Path.GetTempPath(), $"{Path.GetFileName(folder)}-mail");
    public string ConnectionString => Exports["Database__ConnectionString"];

    /// <summary>The administrator (also the director), signed in through the balancer.</summary>
    public FormClient Director { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(MailFolder);
        var (code, output, error) = await ScriptAsync("start");
        if (code != 0)
        {
            throw new InvalidOperationException($"scripts/cluster.sh start failed ({code}): {error}");
        }

        Url = Line(output, "PP_URL");
        Nodes = Line(output, "PP_NODES").Trim('"').Split(' ');
        Exports = ExportPair().Matches(output.Split('\n').Single(l => l.StartsWith("export ", StringComparison.Ordinal)))
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[3].Success ? m.Groups[3].Value : m.Groups[2].Value);

        Director = Client(Url);
        var (response, _) = await Director.SubmitAsync("/setup", TestAccounts.SetupForm());
        if (!FormClient.IsRedirectTo(response, "/dashboard"))
        {
            throw new InvalidOperationException($"Setup through the balancer failed: {(int)response.StatusCode}");
        }

        await TestAccounts.EnrolIfAskedAsync(Director);
    }

    /// <summary>A browser-like client on <paramref name="baseUrl"/>; give it another client's cookies to continue its session.</summary>
    public static FormClient Client(string baseUrl, CookieContainer? cookies = null)
    {
        cookies ??= new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        return new FormClient(http, cookies);
    }

    /// <summary>Unpooled: a pooled connection would not survive the PostgreSQL restart of another test.</summary>
    public AppDbContext Database() =>
        new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(ConnectionString + ";Pooling=false").Options);

    /// <summary>scripts/cluster.sh with the cluster's folder; the nodes inherit the settings below from it.</summary>
    public async Task<(int ExitCode, string Output, string Error)> ScriptAsync(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot() };
        start.ArgumentList.Add("scripts/cluster.sh");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PP_CLUSTER_DIR"] = folder;
        start.Environment["PP_CLUSTER_APP"] = AppContext.BaseDirectory.TrimEnd('/');
        start.Environment["Mail__PickupFolder"] = MailFolder;
        // The nodes print acknowledgement sheets (shared between them); orders arranged straight in the database are
        // never printed by the retrier in the background, which would only slow the other tests.
        start.Environment["Pdf__ChromiumPath"] = Documents.PdfPortalFactory.Chromium;
        start.Environment["Pdf__RetryInterval"] = "1.00:00:00";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // Every client of the tests signs in from 127.0.0.1.
        start.Environment["Security__SignInPostsPerMinute"] = "100000";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public async Task ScriptOrFailAsync(params string[] args)
    {
        var (code, _, error) = await ScriptAsync(args);
        Assert.True(code == 0, $"scripts/cluster.sh {string.Join(' ', args)} failed ({code}): {error}");
    }

    /// <summary>The node's process id (to kill it) from the cluster folder.</summary>
    public int NodePid(int node) => int.Parse(File.ReadAllText(Path.Combine(folder, $"node{node}.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    public string RedisPort => File.ReadAllText(Path.Combine(folder, "redis.port")).Trim();

    /// <summary>Keys of cached pages in Redis (the output cache store's instance prefix).</summary>
    public async Task<int> CachedEntriesAsync()
    {
        var start = new ProcessStartInfo("redis-cli") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-p", RedisPort, "--scan", "--pattern", "policyportal:*" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited {timeout.TotalSeconds} s: {what}");
            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        Director?.Dispose();
        var (code, _, error) = await ScriptAsync("stop");
        Assert.True(code == 0, $"scripts/cluster.sh stop failed: {error}");
        try
        {
            Directory.Delete(MailFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Line(string output, string name) =>
        output.Split('\n').Single(l => l.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..].Trim();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "cluster.sh")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("scripts/cluster.sh not found above the test folder.");
    }

    [GeneratedRegex(@"(\w+)=(?:'([^']*)'|(\S+))")]
    private static partial Regex ExportPair();
}
