using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using PolicyPortal.AckBench;

// Acknowledgement throughput of the real portal on SQLite: N staff accounts (agreement accepted), 16 concurrent
// clients each signing in once and then acknowledging as different people. Each acknowledgement is a POST with the
// password re-entered (PBKDF2, as Identity hashes it), timed from send to answer; opening the page for the form's
// token is not timed. The first acknowledgements (--warmup) are a warm-up, not timed: the portal's code on the signing
// path is compiled again, optimised, after its first calls (tiered JIT), which costs seconds of CPU once per start,
// not per acknowledgement; their CPU is printed apart.
// Usage: dotnet run -c Release --project bench/AckBench [-- --signers=800 --clients=16 --seconds=30 --warmup=120]
var options = args.Select(a => a.TrimStart('-').Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
var signers = int.Parse(options.GetValueOrDefault("signers", "800"), CultureInfo.InvariantCulture);
var clients = int.Parse(options.GetValueOrDefault("clients", "16"), CultureInfo.InvariantCulture);
var seconds = int.Parse(options.GetValueOrDefault("seconds", "30"), CultureInfo.InvariantCulture);
var warmup = int.Parse(options.GetValueOrDefault("warmup", "120"), CultureInfo.InvariantCulture);
var webDll = options.GetValueOrDefault("web", Path.Combine(AppContext.BaseDirectory, "PolicyPortal.Web.dll"));

var folder = Directory.CreateTempSubdirectory("ackbench-").FullName;
Console.WriteLine($"Arranging {signers} signers in {folder} …");
var crowd = await SigningCrowd.ArrangeAsync(folder, signers);
using var portal = new PortalProcess(webDll, folder);
await portal.StartAsync();
Console.WriteLine($"Portal at {portal.BaseUrl}; {clients} clients for up to {seconds} s.");

// Phase 1 (not timed): every signer signs in, 16 at a time.
var sessions = new ConcurrentQueue<SignerClient>();
var signInClock = Stopwatch.StartNew();
await Parallel.ForEachAsync(crowd.Emails, new ParallelOptions { MaxDegreeOfParallelism = clients }, async (email, ct) =>
{
    var client = new SignerClient(portal.BaseUrl);
    await client.SignInAsync(email, SigningCrowd.Password, ct);
    sessions.Enqueue(client);
});
Console.WriteLine($"sign-ins: {sessions.Count} in {signInClock.Elapsed.TotalSeconds:F1} s ({sessions.Count / signInClock.Elapsed.TotalSeconds:F1}/s)");

// Phase 2 (not timed): the warm-up acknowledgements. Phase 3 (timed): each client takes the next signed-in person,
// opens the document and confirms.
var warmupCpuBefore = portal.CpuTime;
var warmed = await SignAsync(warmup, TimeSpan.FromSeconds(seconds * 4));
var warmupCpu = (portal.CpuTime - warmupCpuBefore).TotalMilliseconds;
Console.WriteLine($"warm-up (not timed): {warmed.Latencies.Count} acknowledgements, portal CPU {warmupCpu / Math.Max(1, warmed.Latencies.Count):F1} ms each, errors {warmed.Errors.Count}");

var clock = Stopwatch.StartNew();
var portalCpuBefore = portal.CpuTime;
var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var (latencies, errors) = await SignAsync(int.MaxValue, TimeSpan.FromSeconds(seconds));
foreach (var error in warmed.Errors)
{
    errors.Add(error);
}

var wall = clock.Elapsed.TotalSeconds;
var portalCpu = (portal.CpuTime - portalCpuBefore).TotalMilliseconds;
var benchCpu = (Process.GetCurrentProcess().TotalProcessorTime - benchCpuBefore).TotalMilliseconds;

var sorted = latencies.OrderBy(l => l).ToArray();
double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
Console.WriteLine($"acknowledgements: {sorted.Length} in {wall:F1} s");
Console.WriteLine($"acks/s (page + confirm with password): {sorted.Length / wall:F1}");
Console.WriteLine($"confirm POST latency: p50 {Percentile(0.50):F0} ms, p99 {Percentile(0.99):F0} ms");
// Why: throughput on a shared machine is noisy; the portal's CPU per acknowledgement (page + confirm) is not.
Console.WriteLine($"portal CPU per acknowledgement (page + confirm): {portalCpu / Math.Max(1, sorted.Length):F1} ms; this bench's own: {benchCpu / Math.Max(1, sorted.Length):F1} ms");
Console.WriteLine($"errors: {errors.Count}{(errors.IsEmpty ? "" : " — " + string.Join("; ", errors.GroupBy(e => e).Select(g => $"{g.Key} ×{g.Count()}")))}");
var logs = Path.Combine(folder, "logs");
var locked = Directory.Exists(logs) && Directory.GetFiles(logs).Any(f => File.ReadAllText(f).Contains("database is locked", StringComparison.OrdinalIgnoreCase));
Console.WriteLine($"«database is locked» in the portal's log: {(locked ? "yes" : "no")}");
// Why: every acknowledgement verifies the password once more (PBKDF2-HMAC-SHA512, Identity's iteration count).
var hasher = new Microsoft.AspNetCore.Identity.PasswordHasher<PolicyPortal.Web.Accounts.AppUser>();
var stored = hasher.HashPassword(new(), SigningCrowd.Password);
var verify = Stopwatch.StartNew();
var verifyCpu = Process.GetCurrentProcess().TotalProcessorTime;
for (var i = 0; i < 20; i++)
{
    hasher.VerifyHashedPassword(new(), stored, SigningCrowd.Password);
}

var perVerify = verify.Elapsed.TotalMilliseconds / 20;
// CPU time, not the stopwatch: on a busy machine the stopwatch counts the waits for a core too.
var perVerifyCpu = (Process.GetCurrentProcess().TotalProcessorTime - verifyCpu).TotalMilliseconds / 20;
Console.WriteLine($"one password verification: {perVerify:F0} ms on one core; ceiling with {Environment.ProcessorCount} cores: {Environment.ProcessorCount * 1000 / perVerify:F0} acks/s before any other work");
var ceiling = Environment.ProcessorCount * 1000 / perVerify;
Console.WriteLine($"one password verification: {perVerifyCpu:F0} ms of CPU; the portal's CPU per acknowledgement beside it: {portalCpu / Math.Max(1, sorted.Length) - perVerifyCpu:F1} ms");
Console.WriteLine($"share of the ceiling: {sorted.Length / wall / ceiling:F2} (goal ≥ 0.85); load average now: {LoadAverage()}");
portal.Kill();
return errors.IsEmpty && !locked ? 0 : 1;
// Each client takes the next signed-in person, opens the document and confirms, until `count` have or the time is up.
async Task<(ConcurrentBag<double> Latencies, ConcurrentBag<string> Errors)> SignAsync(int count, TimeSpan duration)
{
    var times = new ConcurrentBag<double>();
    var failures = new ConcurrentBag<string>();
    var taken = 0;
    using var stop = new CancellationTokenSource(duration);
    var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested && Interlocked.Increment(ref taken) <= count && sessions.TryDequeue(out var client))
        {
            using (client)
            {
                try
                {
                    var token = await client.OpenAsync(crowd.DocumentId);
                    var started = Stopwatch.GetTimestamp();
                    var response = await client.ConfirmAsync(crowd.DocumentId, token, SigningCrowd.Password);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (response.StatusCode == HttpStatusCode.Redirect)
                    {
                        times.Add(elapsed);
                    }
                    else
                    {
                        failures.Add($"{(int)response.StatusCode}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    failures.Add(e.GetType().Name + ": " + e.Message);
                }
            }
        }
    })).ToArray();
    await Task.WhenAll(workers);
    return (times, failures);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
