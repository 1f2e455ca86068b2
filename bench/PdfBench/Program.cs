using System.Diagnostics;
using Microsoft.Extensions.Options;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.Domain.Templates;
using PolicyPortal.Web.Printing;
using PolicyPortal.Web.Word;

// Cold and warm render times and peak memory of an order printed by Chromium, and the time of its DOCX export: the Uvarovo seed order (imported from
// tests/Seeds, as the director would), or with --seed=model the college model order (4 appendices).
// Usage: dotnet run -c Release --project bench/PdfBench [-- --seed=PATH|model --cold=3 --warm=20 --out=order.pdf --Pdf:ChromiumPath=/usr/bin/chromium]
// (--out keeps the last PDF, e.g. for the reference pictures in docs/images: pdftoppm -png -r 60 -f N -l N order.pdf …)
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(PdfRenderer).Assembly.GetName().Name, Args = args });
builder.Logging.ClearProviders();
builder.Services.AddRazorPages();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDocumentPdfs(builder.Configuration);
await using var app = builder.Build();
var coldRuns = app.Configuration.GetValue("cold", 3);
var warmRuns = app.Configuration.GetValue("warm", 20);

var seed = app.Configuration["seed"] ?? FindSeed("uvarovo-order-44-2025.txt");
var (documentName, content) = seed is null or "model"
    ? ("college model order", BenchOrder())
    : ($"seed {Path.GetFileName(seed)}", PolicyPortal.Domain.Import.DocumentImporter.Import(File.ReadAllText(seed)).Content);
var view = new DocumentView(content, Guid.NewGuid(), DocumentStatus.Published, DateTimeOffset.UtcNow, null, "https://college.example/documents/bench");
using var memory = new PeakMemory();
var cold = new List<double>();
var warm = new List<double>();
var pages = 0;
byte[] lastPdf = [];
for (var run = 0; run < coldRuns; run++)
{
    // A fresh browser each time: the first render pays for starting Chromium.
    await using var chromium = new ChromiumPdf(app.Services.GetRequiredService<IOptions<PdfOptions>>(), TimeProvider.System, app.Services.GetRequiredService<ILogger<ChromiumPdf>>());
    await using var scope = app.Services.CreateAsyncScope();
    var renderer = new PdfRenderer(scope.ServiceProvider.GetRequiredService<RazorViewRenderer>(), chromium);
    cold.Add(await TimeAsync(() => renderer.RenderDocumentAsync(view, CancellationToken.None)));
    if (run == coldRuns - 1)
    {
        for (var i = 0; i < warmRuns; i++)
        {
            warm.Add(await TimeAsync(async () => lastPdf = await renderer.RenderDocumentAsync(view, CancellationToken.None)));
            pages = CountPages(lastPdf);
        }

        if (app.Configuration["out"] is { Length: > 0 } output)
        {
            await File.WriteAllBytesAsync(output, lastPdf);
        }
    }
}

// The Word file of the same document (issue 15): built in process by the Open XML SDK, no browser; the first build is cold.
var docxCold = await TimeAsync(() => Task.FromResult(DocumentDocx.Build(view)));
var docxWarm = new List<double>();
var docxBytes = 0;
for (var i = 0; i < warmRuns; i++)
{
    docxWarm.Add(await TimeAsync(() => Task.FromResult(docxBytes = DocumentDocx.Build(view).Length)));
}

Console.WriteLine($"Document: {documentName}, {pages} pages, Chromium {app.Configuration["Pdf:ChromiumPath"] ?? "/usr/bin/chromium"}, {Environment.ProcessorCount} cores");
Console.WriteLine($"Cold render (browser start + first page), median of {coldRuns}: {Median(cold):0} ms (min {cold.Min():0}, max {cold.Max():0})");
Console.WriteLine($"Warm render, median of {warmRuns}: {Median(warm):0} ms (min {warm.Min():0}, max {warm.Max():0})");
Console.WriteLine($"DOCX export beside it: cold {docxCold:0} ms, warm median of {warmRuns}: {Median(docxWarm):0.0} ms (min {docxWarm.Min():0.0}, max {docxWarm.Max():0.0}), {docxBytes / 1024} KB");
Console.WriteLine($"Peak memory of the browser's processes: PSS {memory.BrowserPssPeakMb:0} MB (RSS summed {memory.BrowserPeakMb:0} MB)");
Console.WriteLine($"Peak RSS of the .NET process: {PeakMemory.DotnetPeakMb:0} MB");
return 0;

static string? FindSeed(string name)
{
    for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
    {
        var candidate = Path.Combine(folder.FullName, "tests", "Seeds", name);
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    return null;
}

static async Task<double> TimeAsync(Func<Task> action)
{
    var watch = Stopwatch.StartNew();
    await action();
    return watch.Elapsed.TotalMilliseconds;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static int CountPages(byte[] pdf) =>
    System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");

static DocumentContent BenchOrder()
{
    var profile = new InstitutionProfile
    {
        FounderLine = "Министерство образования и науки Тамбовской области",
        FullName = "Тамбовское областное государственное бюджетное профессиональное образовательное учреждение «Уваровский политехнический колледж»",
        ShortName = "ТОГБПОУ «Уваровский политехнический колледж»",
        City = "Уварово",
        DirectorName = "Ермакова Наталья Александровна",
    };
    var content = ModelTemplates.College(profile, ServiceCatalog.Seed(), ProhibitedCatalog.Seed(), new DateOnly(2025, 4, 25));
    content.Requisites.Number = "44";
    foreach (var person in content.Appendices.SelectMany(a => a.Roster).SelectMany(g => g.Persons))
    {
        person.FullName = "Иванова Мария Петровна";
        content.Acknowledgers.Add(PersonRef.Of(person.FullName, person.Position));
    }

    return content;
}
