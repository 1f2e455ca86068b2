using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.AckBench;
using PolicyPortal.Domain.Documents;
using PolicyPortal.StaffBench;
using PolicyPortal.Web.Data;

// The director's editor on a 60-clause Порядок (an order's appendix of six sections of ten clauses), in the real portal
// (a separate process on SQLite). Each action is what the browser does: the whole part's form posted with the button's
// Op, then the page the redirect leads to. Timed: the POST alone, and POST + that GET (what the director waits for).
// Goal (issue 12): every action ≤ 300 ms (p95 of POST + GET).
// Usage: dotnet run -c Release --project bench/EditorBench [-- --clauses=60 --requests=20]
var options = args.Select(a => a.TrimStart('-').Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
var clauses = int.Parse(options.GetValueOrDefault("clauses", "60"), CultureInfo.InvariantCulture);
var requests = int.Parse(options.GetValueOrDefault("requests", "20"), CultureInfo.InvariantCulture);
var webDll = options.GetValueOrDefault("web", Path.Combine(AppContext.BaseDirectory, "PolicyPortal.Web.dll"));
const double GoalMs = 300;

var folder = Directory.CreateTempSubdirectory("editorbench-").FullName;
await StaffCrowd.ArrangeAsync(folder, staff: 20, documents: 0);
var id = await ArrangeRegulationAsync(folder, clauses);
using var portal = new PortalProcess(webDll, folder);
await portal.StartAsync();
Console.WriteLine($"Portal at {portal.BaseUrl}; a Порядок of {clauses} clauses; {requests} times each action; load average {LoadAverage()}");
using var director = new BenchClient(portal.BaseUrl);
await director.SignInAsync(StaffCrowd.DirectorEmail, StaffCrowd.Password, StaffCrowd.AuthenticatorKey);

var url = $"/director/documents/{id}/appendix-1";
var parser = new HtmlParser();
// Insert and delete alternate, so the Порядок stays at about 60 clauses.
(string Name, Func<int, string> Op)[] actions =
[
    ("save (Сохранить)", _ => ""),
    ("insert (Вставить пункт после)", _ => "add-clause:2:4"),
    ("delete (Удалить пункт)", _ => "remove-clause:2:5"),
    ("move (↓)", i => $"down-clause:3:{i % 9}"),
    ("move (↑)", i => $"up-clause:4:{1 + i % 9}"),
    ("renumber (Перенумеровать)", _ => "renumber-numbers"),
];

Console.WriteLine();
Console.WriteLine($"{"action",-32} {"POST p50",9} {"POST p95",9} {"+GET p50",9} {"+GET p95",9} {"page KB",8}  result");
var failed = 0;
foreach (var (name, op) in actions)
{
    var posts = new List<double>();
    var totals = new List<double>();
    long bytes = 0;
    for (var i = 0; i < requests + 1; i++)
    {
        var html = await director.GetStringAsync(url);
        var form = parser.ParseDocument(html).QuerySelector("form[action*='handler=Appendix']") as IHtmlFormElement
            ?? throw new InvalidOperationException($"No appendix form on {url}.");
        var fields = Fields(form, op(i));
        var clock = Stopwatch.StartNew();
        using var response = await director.PostFormAsync(form.GetAttribute("action") ?? url, fields);
        var post = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{name}: {(int)response.StatusCode}, not a redirect.");
        }

        var (status, size, _) = await director.GetAsync(response.Headers.Location!.OriginalString);
        var total = clock.Elapsed.TotalMilliseconds;
        if (i > 0)
        {
            posts.Add(post);
            totals.Add(total);
            bytes = size;
        }
    }

    posts.Sort();
    totals.Sort();
    var ok = Percentile(totals, 0.95) <= GoalMs;
    failed += ok ? 0 : 1;
    Console.WriteLine($"{name,-32} {Percentile(posts, 0.5),9:F0} {Percentile(posts, 0.95),9:F0} {Percentile(totals, 0.5),9:F0} {Percentile(totals, 0.95),9:F0} {bytes / 1024.0,8:F1}  {(ok ? "pass" : "FAIL")}");
}

Console.WriteLine();
Console.WriteLine($"goal: each action (POST + the page it leads to) p95 ≤ {GoalMs} ms; load average now: {LoadAverage()} on {Environment.ProcessorCount} cores");
Console.WriteLine($"{actions.Length - failed} passed, {failed} failed");
portal.Kill();
return failed == 0 ? 0 : 1;

// What a browser sends for the form and the pressed button.
static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form, string op)
{
    var values = new List<KeyValuePair<string, string>>();
    foreach (var element in form.Elements)
    {
        switch (element)
        {
            case IHtmlInputElement { Type: "checkbox" or "radio" } input:
                if (input.IsChecked && !input.IsDisabled)
                {
                    values.Add(new(input.Name!, input.Value));
                }

                break;
            case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "file") && !input.IsDisabled:
                values.Add(new(input.Name, input.Value));
                break;
            case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                values.Add(new(area.Name, area.Value));
                break;
            case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                values.Add(new(select.Name, select.Value ?? ""));
                break;
        }
    }

    values.Add(new("Op", op));
    return values;
}

static async Task<Guid> ArrangeRegulationAsync(string folder, int count)
{
    var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
        .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "policyportal.db") }.ToString()).Options;
    await using var db = new SqliteAppDbContext(options);
    var content = new DocumentContent();
    content.Requisites.Number = "3-о";
    content.Requisites.Title = "Об утверждении Порядка применения сервисов взаимодействия";
    content.Requisites.Date = DateOnly.FromDateTime(DateTime.UtcNow);
    var regulation = new Appendix { Kind = AppendixKind.Regulation, Title = "Порядок применения электронного обучения и дистанционных образовательных технологий" };
    const int sections = 6;
    for (var s = 0; s < sections; s++)
    {
        var section = new Section { Number = $"{s + 1}.", Title = $"Раздел {s + 1}. Общие положения части {s + 1}" };
        for (var c = 0; c < count / sections; c++)
        {
            section.Clauses.Add(new Clause
            {
                Number = $"{s + 1}.{c + 1}.",
                Text = $"Образовательная организация обеспечивает взаимодействие участников образовательных отношений посредством сервисов, указанных в перечне, в соответствии с пунктом {c + 1} настоящего раздела.",
                Items = c % 3 == 0 ? [new ListItem { Text = "с использованием государственной информационной системы;" }, new ListItem { Text = "с использованием утверждённых сервисов." }] : [],
            });
        }

        regulation.Sections.Add(section);
    }

    content.Appendices.Add(regulation);
    var document = PolicyDocument.CreateDraft(content, "bench", DateTimeOffset.UtcNow);
    db.Documents.Add(document);
    await db.SaveChangesAsync();
    SqliteConnection.ClearAllPools();
    return document.Id;
}

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
