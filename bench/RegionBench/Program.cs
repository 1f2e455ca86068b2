using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;
using PolicyPortal.AckBench;
using PolicyPortal.RegionBench;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Pages.Region;

// A synthetic region on PostgreSQL (300 institutions × 100 staff × 2 editions, written straight into the database) and
// one portal node over it. Prints: the node's start time; the curator's regional overview over HTTP (cold and warm) and
// its SQL commands (counted in-process on the same database); each sampled institution's /policy from the output cache
// against a static file of the same size from the same node (paired: alternating bursts, 8 concurrent, by Host header;
// time and the node's CPU per request); the node's RSS
// after every institution's /policy was served. Then signing through the balancer of scripts/cluster.sh (two nodes of
// this build, nginx, its own PostgreSQL and Redis): --signers staff by --clients concurrent clients, errors counted.
// Goals: overview ≤ 300 ms, /policy ≥ 1.0× static, RSS ≤ 300 MB, start ≤ 5 s, signing through the balancer 0 errors.
// Usage: source scripts/start-postgres.sh; dotnet run -c Release --project bench/RegionBench [-- --institutions=300 --staff=100 --sample=20 --rounds=10 --burst=1000 --warmup=20 --signers=400 --clients=16 --hold=60]
// (--signers=0 skips the cluster).
var options = args.Select(a => a.TrimStart('-').Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
int Option(string name, int value) => int.Parse(options.GetValueOrDefault(name, value.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
var institutions = Option("institutions", 300);
var staff = Option("staff", 100);
var sample = Math.Min(Option("sample", 20), institutions);
var rounds = Option("rounds", 10);
var burst = Option("burst", 1000);
var warmUp = Math.Max(2, Option("warmup", 20));
var server = options.GetValueOrDefault("postgres") ?? Environment.GetEnvironmentVariable("PP_TEST_POSTGRES")
    ?? throw new InvalidOperationException("No PostgreSQL: source scripts/start-postgres.sh (PP_TEST_POSTGRES) or pass --postgres=<connection string>.");
var webDll = options.GetValueOrDefault("web", Path.Combine(AppContext.BaseDirectory, "PolicyPortal.Web.dll"));
var signers = Option("signers", 400);
var clients = Option("clients", 16);
// Seconds to keep the node running after the figures (to take a GC heap dump of it: dotnet-gcdump collect -p <pid>).
var hold = Option("hold", 0);
static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[..3] is var l ? string.Join(' ', l) : "";

var database = $"regionbench_{Environment.ProcessId}";
var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 50 }.ToString();
var work = Directory.CreateTempSubdirectory("regionbench-").FullName;
Console.WriteLine($"load average at start: {Load()}");
var dbOptions = new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(connectionString).Options;
try
{
    var clock = Stopwatch.StartNew();
    await RegionArrange.ArrangeAsync(dbOptions, institutions, staff);
    Console.WriteLine($"arranged {institutions} institutions × {staff} staff × 2 editions in {clock.Elapsed.TotalSeconds:F0} s (database {database})");

    const string curatorEmail = "curator@minobr.bench";
    const string curatorPassword = "длинный пароль куратора региона";
    await CreateCuratorAsync(webDll, connectionString, work, curatorEmail, curatorPassword);

    var webRoot = Directory.CreateDirectory(Path.Combine(work, "wwwroot")).FullName;
    using var node = new PortalProcess(webDll, Directory.CreateDirectory(Path.Combine(work, "data")).FullName);
    node.ExtraArguments.AddRange(["--Database:Provider=PostgreSql", $"--Database:ConnectionString={connectionString}", $"--webroot={webRoot}"]);
    clock.Restart();
    await node.StartAsync();
    Console.WriteLine($"node start until /health answers: {clock.Elapsed.TotalSeconds:F2} s (goal ≤ 5 s); RSS then {RssMegabytes(node.ProcessId):F0} MB");

    // The regional overview over HTTP, as the curator sees it.
    using var curator = new CuratorClient(node.BaseUrl, RegionArrange.HostOf(1));
    await curator.SignInAndEnrolAsync(curatorEmail, curatorPassword);
    clock.Restart();
    var rows = await curator.OverviewRowsAsync();
    var cold = clock.Elapsed.TotalMilliseconds;
    var warm = new List<double>();
    for (var i = 0; i < 10; i++)
    {
        clock.Restart();
        await curator.OverviewRowsAsync();
        warm.Add(clock.Elapsed.TotalMilliseconds);
    }

    warm.Sort();
    Console.WriteLine($"overview /region: {rows} rows; first {cold:F0} ms, then median {warm[5]:F0} ms, max {warm[^1]:F0} ms (goal ≤ 300 ms)");
    var (coldCommands, warmCommands, inProcess) = await CountOverviewCommandsAsync(dbOptions);
    Console.WriteLine($"overview SQL commands (the query alone, in-process): {coldCommands} cold, {warmCommands} warm; {inProcess:F0} ms warm in-process; "
        + "plus the audit line's and the session's commands per request");

    // /policy from the output cache against a static file of the same size, each by the institution's Host header, paired:
    // per institution both are warmed, then --rounds bursts of --burst requests each (8 concurrent), alternating which
    // goes first, so whatever else the machine does falls on both alike. Two ratios per institution, ≥ 1.0 meaning
    // /policy is the cheaper: the time for the same number of requests (static ÷ /policy), and the node's own CPU per
    // request (/proc/<pid>/stat via TotalProcessorTime: static ÷ /policy), which the other processes barely change.
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 8, AllowAutoRedirect = false }) { BaseAddress = new Uri(node.BaseUrl) };
    var pairs = new List<Pair>();
    Console.WriteLine($"load average before /policy vs static: {Load()}");
    // The node's code first: tiered compilation recompiles the hot paths after their first calls, on the node's own CPU
    // (without this the first institutions measured the JIT: 250 µs of CPU per /policy, 50 µs later). On an institution
    // outside the sample, alternating as below; its first and last bursts are printed.
    {
        var host = RegionArrange.HostOf(institutions);
        var file = "static-warm-up.html";
        await File.WriteAllBytesAsync(Path.Combine(webRoot, file), await GetAsync(http, "/policy", host));
        // CPU per request in the first and the second half of the rounds (a burst alone is a few 10 ms ticks of /proc).
        var halves = new[] { (Policy: new Tally(), Static: new Tally()), (Policy: new Tally(), Static: new Tally()) };
        for (var round = 0; round < warmUp; round++)
        {
            var half = halves[round < warmUp / 2 ? 0 : 1];
            foreach (var (path, tally) in new[] { ("/policy", half.Policy), ("/" + file, half.Static) })
            {
                var cpu = node.CpuTime;
                var burstClock = Stopwatch.StartNew();
                await BurstAsync(http, path, host, burst);
                tally.Add(burstClock.Elapsed, node.CpuTime - cpu, burst);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up ({warmUp} rounds on institution {institutions}), CPU per request, first half → second: /policy {halves[0].Policy.CpuMicroseconds:F0} → {halves[1].Policy.CpuMicroseconds:F0} µs, "
            + $"static {halves[0].Static.CpuMicroseconds:F0} → {halves[1].Static.CpuMicroseconds:F0} µs"));
    }

    foreach (var id in Enumerable.Range(0, sample).Select(i => 1 + (i * institutions / sample)))
    {
        var host = RegionArrange.HostOf(id);
        var page = await GetAsync(http, "/policy", host);
        var file = $"static-{id}.html";
        await File.WriteAllBytesAsync(Path.Combine(webRoot, file), page);
        await WarmAsync(http, "/policy", host);
        await WarmAsync(http, "/" + file, host);
        var policy = new Tally();
        var statics = new Tally();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (path, tally) in round % 2 == 0 ? new[] { ("/policy", policy), ("/" + file, statics) } : [("/" + file, statics), ("/policy", policy)])
            {
                var cpu = node.CpuTime;
                var burstClock = Stopwatch.StartNew();
                await BurstAsync(http, path, host, burst);
                tally.Add(burstClock.Elapsed, node.CpuTime - cpu, burst);
            }
        }

        pairs.Add(new Pair(id, page.Length, policy, statics));
    }

    Console.WriteLine($"/policy cached vs static file of the same size, paired ({sample} institutions × {rounds} alternating bursts of {burst} requests each, 8 concurrent):");
    foreach (var p in pairs)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  institution {p.Id,3}: {p.Bytes / 1024} KB; time ratio {p.TimeRatio:F2} (/policy {p.Policy.Rate:F0} req/s, static {p.Static.Rate:F0} req/s, bursts' spread {p.Policy.Spread:F2}/{p.Static.Spread:F2}); "
            + $"CPU ratio {p.CpuRatio:F2} (/policy {p.Policy.CpuMicroseconds:F0} µs, static {p.Static.CpuMicroseconds:F0} µs per request)"));
    }

    Console.WriteLine($"  time ratio: {Summary(pairs.Select(p => p.TimeRatio))}; pooled {pairs.Sum(p => p.Static.Time.TotalSeconds) / pairs.Sum(p => p.Policy.Time.TotalSeconds):F2}");
    Console.WriteLine($"  CPU ratio:  {Summary(pairs.Select(p => p.CpuRatio))}; pooled {pairs.Sum(p => p.Static.Cpu.TotalSeconds) / pairs.Sum(p => p.Policy.Cpu.TotalSeconds):F2} (goal ≥ 1.0)");
    Console.WriteLine($"load average after /policy vs static: {Load()}");

    clock.Restart();
    await Parallel.ForEachAsync(Enumerable.Range(1, institutions), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, _) =>
        await GetAsync(http, "/policy", RegionArrange.HostOf(id)));
    Console.WriteLine($"every institution's /policy served once more: {clock.Elapsed.TotalSeconds:F1} s; node RSS {RssMegabytes(node.ProcessId):F0} MB (goal ≤ 300 MB)");
    if (hold > 0)
    {
        Console.WriteLine($"holding the node (pid {node.ProcessId}) for {hold} s");
        await Task.Delay(TimeSpan.FromSeconds(hold));
    }
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await using var admin = new NpgsqlConnection(server);
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
    Directory.Delete(work, recursive: true);
}

if (signers > 0)
{
    Console.WriteLine($"load average before the cluster: {Load()}");
    var signing = await ClusterSigning.RunAsync(Path.GetDirectoryName(Path.GetFullPath(webDll))!, signers, clients);
    Console.WriteLine($"signing through the balancer (two nodes, nginx, PostgreSQL, Redis), {clients} clients: {signing.Signed} of {signers} signed "
        + $"in {signing.Seconds:F1} s ({signing.Signed / signing.Seconds:F1}/s, sign-in + open + confirm each); errors {signing.Errors} (goal 0); "
        + $"acknowledgements in the database {signing.Recorded}" + (signing.FirstErrors.Count > 0 ? $"; first errors: {string.Join("; ", signing.FirstErrors)}" : ""));
}

Console.WriteLine($"load average at end: {Load()}");

static async Task<byte[]> GetAsync(HttpClient http, string path, string host)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, path);
    request.Headers.Host = host;
    using var response = await http.SendAsync(request);
    return response.StatusCode == HttpStatusCode.OK
        ? await response.Content.ReadAsByteArrayAsync()
        : throw new InvalidOperationException($"{host}{path}: {(int)response.StatusCode}");
}

// 50 requests, the last of which must come from the output cache (an «Age» header) for /policy.
static async Task WarmAsync(HttpClient http, string path, string host)
{
    for (var i = 0; i < 50; i++)
    {
        await GetAsync(http, path, host);
    }

    using var request = new HttpRequestMessage(HttpMethod.Get, path);
    request.Headers.Host = host;
    using var response = await http.SendAsync(request);
    if (path == "/policy" && response.Headers.Age is null)
    {
        throw new InvalidOperationException($"{host}{path} is not served from the output cache.");
    }
}

// Exactly <count> requests by 8 concurrent clients.
static async Task BurstAsync(HttpClient http, string path, string host, int count)
{
    var left = count;
    await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
    {
        while (Interlocked.Decrement(ref left) >= 0)
        {
            await GetAsync(http, path, host);
        }
    })));
}

static string Summary(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    double At(double q) => sorted[(int)Math.Round(q * (sorted.Count - 1))];
    return string.Create(CultureInfo.InvariantCulture, $"median {At(0.5):F2}, quartiles {At(0.25):F2} – {At(0.75):F2}, min {sorted[0]:F2}, max {sorted[^1]:F2}");
}

static async Task CreateCuratorAsync(string webDll, string connectionString, string work, string email, string password)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(webDll)! };
    foreach (var arg in new[] { webDll, "create-curator", email, "Инспекторова Ольга Львовна", "--Database:Provider=PostgreSql", $"--Database:ConnectionString={connectionString}",
        $"--Database:DataFolder={Path.Combine(work, "data")}", $"--Logging:Folder={Path.Combine(work, "logs")}" })
    {
        start.ArgumentList.Add(arg);
    }

    using var process = Process.Start(start)!;
    await process.StandardInput.WriteLineAsync(password);
    process.StandardInput.Close();
    var output = await process.StandardOutput.ReadToEndAsync();
    var error = await process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"create-curator failed: {output} {error}");
    }
}

static async Task<(int Cold, int Warm, double WarmMs)> CountOverviewCommandsAsync(DbContextOptions<PostgreSqlAppDbContext> options)
{
    var counter = new CommandCounter();
    var counted = new DbContextOptionsBuilder<PostgreSqlAppDbContext>(options).AddInterceptors(counter).Options;
    using var memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 100_000_000 });
    await using var db = new PostgreSqlAppDbContext(counted);
    var overview = new RegionalOverview(db, memory, TimeProvider.System);
    await overview.LoadAsync(CancellationToken.None);
    var cold = counter.Count;
    counter.Durations.Clear();
    var clock = Stopwatch.StartNew();
    await overview.LoadAsync(CancellationToken.None);
    var elapsed = clock.Elapsed.TotalMilliseconds;
    Console.WriteLine($"  warm overview's commands: {counter.Durations.Sum(d => d.Ms):F0} ms in the database of {elapsed:F0} ms; slowest: "
        + string.Join("; ", counter.Durations.OrderByDescending(d => d.Ms).Take(3).Select(d => $"{d.Ms:F0} ms «{d.Sql}…»")));
    return (cold, counter.Count - cold, elapsed);
}

// Resident memory of the node's own process, in MB (/proc/…/status VmRSS).
static double RssMegabytes(int pid)
{
    var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}

/// <summary>The bursts of one kind of request for one institution: total time, the node's CPU, requests, each burst's rate.</summary>
sealed class Tally
{
    private readonly List<double> rates = [];

    public TimeSpan Time { get; private set; }

    public TimeSpan Cpu { get; private set; }

    public int Requests { get; private set; }

    public double Rate => Requests / Time.TotalSeconds;

    public double CpuMicroseconds => Cpu.TotalMicroseconds / Requests;

    /// <summary>Slowest burst's rate ÷ fastest's: how steady the machine was meanwhile.</summary>
    public double Spread => rates.Min() / rates.Max();

    public void Add(TimeSpan time, TimeSpan cpu, int requests)
    {
        Time += time;
        Cpu += cpu;
        Requests += requests;
        rates.Add(requests / time.TotalSeconds);
    }
}

sealed record Pair(int Id, int Bytes, Tally Policy, Tally Static)
{
    public double TimeRatio => Static.Time / Policy.Time;

    public double CpuRatio => Static.Cpu / Policy.Cpu;
}

sealed class CommandCounter : DbCommandInterceptor
{
    private int count;

    public int Count => count;

    /// <summary>Each command's time and its first words, as the database answered (the last run's).</summary>
    public List<(double Ms, string Sql)> Durations { get; } = [];

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        lock (Durations)
        {
            Durations.Add((eventData.Duration.TotalMilliseconds, System.Text.RegularExpressions.Regex.Replace(command.CommandText, "\\s+", " ")[..Math.Min(90, command.CommandText.Length)]));
        }

        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }
}

