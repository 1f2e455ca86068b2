using System.Diagnostics;
using System.Globalization;
using System.Net;
using PolicyPortal.AckBench;
using PolicyPortal.StaffBench;

// Every staff page of the real portal (a separate process on SQLite) with a large institution: 2,000 people in the
// directory, 2,000 accounts, 500 published documents and one order that all 2,000 must acknowledge. Each page is fetched
// `requests` times one after another by a signed-in client; the time is from send to the last byte of the body.
// Goals (issue 12): each page ≤ 200 ms (p95) and ≤ 300 KB; the portal's process ≤ 300 MB RSS (Chromium aside).
// Usage: dotnet run -c Release --project bench/StaffBench [-- --staff=2000 --documents=500 --requests=20 --chromium=/usr/bin/chromium --hold=60]
var options = args.Select(a => a.TrimStart('-').Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
var staff = int.Parse(options.GetValueOrDefault("staff", "2000"), CultureInfo.InvariantCulture);
var documents = int.Parse(options.GetValueOrDefault("documents", "500"), CultureInfo.InvariantCulture);
var requests = int.Parse(options.GetValueOrDefault("requests", "20"), CultureInfo.InvariantCulture);
var chromium = options.GetValueOrDefault("chromium", Environment.GetEnvironmentVariable("PP_CHROMIUM") ?? "/usr/bin/chromium");
var webDll = options.GetValueOrDefault("web", Path.Combine(AppContext.BaseDirectory, "PolicyPortal.Web.dll"));
// Seconds to keep the portal running after the figures (to take a GC heap dump of it: dotnet-gcdump collect -p <pid>).
var hold = int.Parse(options.GetValueOrDefault("hold", "0"), CultureInfo.InvariantCulture);
const double GoalMs = 200, GoalKb = 300, GoalRssMb = 300;

var folder = Directory.CreateTempSubdirectory("staffbench-").FullName;
Console.WriteLine($"Arranging {staff} staff and accounts, {documents} published documents in {folder} …");
var arrangeClock = Stopwatch.StartNew();
var crowd = await StaffCrowd.ArrangeAsync(folder, staff, documents);
Console.WriteLine($"arranged in {arrangeClock.Elapsed.TotalSeconds:F1} s");
using var portal = new PortalProcess(webDll, folder);
if (File.Exists(chromium))
{
    portal.ExtraArguments.Add($"--Pdf:ChromiumPath={chromium}");
}

await portal.StartAsync();
Console.WriteLine($"Portal at {portal.BaseUrl} (pid {portal.ProcessId}); {requests} requests a page; load average {LoadAverage()}");

using var director = new BenchClient(portal.BaseUrl);
await director.SignInAsync(StaffCrowd.DirectorEmail, StaffCrowd.Password, StaffCrowd.AuthenticatorKey);
using var admin = new BenchClient(portal.BaseUrl);
await admin.SignInAsync(StaffCrowd.AdminEmail, StaffCrowd.Password, StaffCrowd.AuthenticatorKey);
using var member = new BenchClient(portal.BaseUrl);
await member.SignInAsync(crowd.StaffEmails[staff / 3], StaffCrowd.Password);

var order = $"/director/documents/{crowd.BigOrderId}";
var draft = $"/director/documents/{crowd.DraftId}";
var search = Uri.EscapeDataString("Сотрудников15");
(string Who, BenchClient Client, string Url)[] pages =
[
    ("директор", director, "/dashboard"),
    ("директор", director, "/director/documents"),
    ("директор", director, "/director/staff"),
    ("директор", director, $"/director/staff?q={search}"),
    ("директор", director, "/director/staff?p=40"),
    ("директор", director, $"/director/staff/{crowd.PersonId}"),
    ("директор", director, order),
    ("директор", director, $"{draft}/acknowledgers"),
    ("директор", director, $"{draft}/acknowledgers?q={search}"),
    ("директор", director, $"{draft}/acknowledgers?p=30"),
    ("директор", director, $"{draft}/requisites"),
    ("директор", director, $"{order}/acknowledgements"),
    ("директор", director, $"{order}/acknowledgements?handler=Sheet"),
    ("директор", director, $"{order}/acknowledgements?handler=Sheet&show=NotSigned"),
    ("директор", director, "/my/documents"),
    ("сотрудник", member, "/my/documents"),
    ("сотрудник", member, $"/my/documents/{crowd.BigOrderId}"),
    ("сотрудник", member, "/account/agreement"),
    ("администратор", admin, "/dashboard"),
    ("администратор", admin, "/admin/users"),
    ("администратор", admin, "/director/staff"),
    ("администратор", admin, "/admin/profile"),
    ("администратор", admin, "/admin/services"),
    ("администратор", admin, "/admin/calendar"),
    ("администратор", admin, "/admin/prohibited"),
    ("администратор", admin, "/admin/agreement"),
];

Console.WriteLine();
Console.WriteLine($"{"who",-14} {"page",-74} {"first ms",9} {"p50 ms",7} {"p95 ms",7} {"KB",8} {"RSS MB",7}  result");
var failed = 0;
foreach (var (who, client, url) in pages)
{
    var first = Stopwatch.StartNew();
    var (status, bytes, location) = await client.GetAsync(url);
    var firstMs = first.Elapsed.TotalMilliseconds;
    var times = new List<double>(requests);
    for (var i = 0; i < requests; i++)
    {
        var clock = Stopwatch.StartNew();
        (status, bytes, location) = await client.GetAsync(url);
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    var p50 = Percentile(times, 0.50);
    var p95 = Percentile(times, 0.95);
    var kb = bytes / 1024.0;
    var isPdf = url.Contains("handler=Sheet", StringComparison.Ordinal);
    var ok = status == HttpStatusCode.OK && p95 <= GoalMs && (isPdf || kb <= GoalKb);
    failed += ok ? 0 : 1;
    var result = status != HttpStatusCode.OK ? $"FAIL ({(int)status} {location})" : ok ? "pass" : "FAIL";
    Console.WriteLine($"{who,-14} {Shorten(url),-74} {firstMs,9:F0} {p50,7:F0} {p95,7:F0} {kb,8:F1} {Memory(portal.ProcessId).Rss,7:F0}  {result}{(isPdf ? " (PDF: size not a page goal)" : "")}");
}

var (rss, peak) = Memory(portal.ProcessId);
var memoryOk = peak <= GoalRssMb;
failed += memoryOk ? 0 : 1;
Console.WriteLine();
Console.WriteLine($"goals: p95 ≤ {GoalMs} ms and ≤ {GoalKb} KB a page; portal RSS ≤ {GoalRssMb} MB");
Console.WriteLine($"portal RSS now {rss:F0} MB, peak {peak:F0} MB: {(memoryOk ? "pass" : "FAIL")}");
Console.WriteLine($"load average now: {LoadAverage()} on {Environment.ProcessorCount} cores");
Console.WriteLine($"{pages.Length + 1 - failed} passed, {failed} failed");
if (hold > 0)
{
    Console.WriteLine($"holding the portal (pid {portal.ProcessId}) for {hold} s");
    await Task.Delay(TimeSpan.FromSeconds(hold));
}

portal.Kill();
return failed == 0 ? 0 : 1;

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
static string Shorten(string url) => url.Length <= 74 ? url : url[..35] + "…" + url[^38..];
static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

// VmRSS and VmHWM of the portal's own process (Chromium runs as its children and is not counted).
static (double Rss, double Peak) Memory(int pid)
{
    var status = $"/proc/{pid}/status";
    if (!File.Exists(status))
    {
        return (0, 0);
    }

    var lines = File.ReadAllLines(status);
    double Kb(string name) => lines.Where(l => l.StartsWith(name, StringComparison.Ordinal))
        .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).FirstOrDefault();
    return (Kb("VmRSS:") / 1024, Kb("VmHWM:") / 1024);
}
