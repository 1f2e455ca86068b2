using System.Diagnostics;
using System.Globalization;
using System.Text;
using PolicyPortal.Domain.Import;

// Import time against input size: the real seeds repeated up to 1 KB … 1 MB, then inputs built to make a
// backtracking regex blow up (long runs of spaces, digits, «№», quotes). Each case runs on its own thread and
// is reported as «> limit» if it has not finished in time (the thread is abandoned; the process exits at the end).
// Usage: dotnet run -c Release --project bench/ImportBench [-- --limit=30 --only=<part of a case name>]
var options = args.Select(a => a.TrimStart('-').Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
var limit = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("limit", "30"), CultureInfo.InvariantCulture));
var only = options.GetValueOrDefault("only", "");
var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Order().Select(File.ReadAllText).ToArray();

Run("warm-up", seeds[0]);
Console.WriteLine($"{"case",-44} {"size",10} {"ms",10} {"µs/KB",8}");
foreach (var kilobytes in new[] { 1, 4, 16, 64, 256, 1024 })
{
    Run($"seeds repeated to {kilobytes} KB", Repeat(string.Join("\n", seeds), kilobytes * 1024));
}

var prose = Repeat("в целях обеспечения взаимодействия участников образовательных отношений\n", 1024 * 1024);
Run("1 MB of lines above «ПРИКАЗ»", prose + "ПРИКАЗ\n01.09.2025 № 1\nО сервисах\nприказываю:\n1. Утвердить.");
Run("1 MB preamble without «приказываю»", "ПРИКАЗ\n01.09.2025 № 1\nО сервисах\nНа основании\n" + prose);
Run("1 MB continuation of one clause", "ПОЛОЖЕНИЕ\n1. Общие положения\n1.1. Текст\n" + prose);
Run("1 MB continuation of one order item", "ПРИКАЗ\n01.09.2025 № 1\nО сервисах\nприказываю:\n1. Утвердить\n" + prose);
Run("1 MB on one line", prose.Replace('\n', ' '));

foreach (var count in new[] { 3_000, 20_000, 200_000 })
{
    Run($"«№ 1» + {count:N0} spaces", "ПРИКАЗ\n№ 1" + new string(' ', count) + "x");
    Run($"«№» + {count:N0} spaces after a date", "ПРИКАЗ\n01.09.2025 № 1" + new string(' ', count) + "от");
    Run($"{count:N0} spaces inside a line", "ПРИКАЗ\nО" + new string(' ', count) + "б\n1." + new string(' ', count) + "2");
    Run($"{count:N0} digits", "ПРИКАЗ\n" + new string('1', count) + "\n1.1." + new string('1', count));
    Run($"«12 » × {count / 4:N0}", "ПРИКАЗ\n" + string.Concat(Enumerable.Repeat("«12 ", count / 4)));
    Run($"«1.1 » × {count / 4:N0}", "ПОЛОЖЕНИЕ\n" + string.Concat(Enumerable.Repeat("1.1 ", count / 4)));
    Run($"«протокол от » × {count / 12:N0}", "ПРИНЯТО " + string.Concat(Enumerable.Repeat("протокол от ", count / 12)));
    Run($"«А.А. » × {count / 5:N0}", "ПРИКАЗ\nДиректор " + string.Concat(Enumerable.Repeat("А.А. ", count / 5)));
}

Environment.Exit(0);

void Run(string name, string text)
{
    if (!name.Contains(only, StringComparison.OrdinalIgnoreCase))
    {
        return;
    }

    var clock = Stopwatch.StartNew();
    var worker = new Thread(() => DocumentImporter.Import(text), 256 * 1024 * 1024) { IsBackground = true };
    worker.Start();
    var finished = worker.Join(limit);
    var bytes = Encoding.UTF8.GetByteCount(text);
    var time = finished ? clock.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) : $"> {limit.TotalMilliseconds:N0}";
    var perKb = finished ? (clock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, bytes / 1024.0)).ToString("N0", CultureInfo.InvariantCulture) : "—";
    Console.WriteLine($"{name,-44} {bytes,10:N0} {time,10} {perKb,8}");
}

static string Repeat(string text, int bytes)
{
    var builder = new StringBuilder();
    while (Encoding.UTF8.GetByteCount(builder.ToString()) < bytes)
    {
        builder.Append(text).Append('\n');
    }

    var result = builder.ToString();
    while (Encoding.UTF8.GetByteCount(result) > bytes)
    {
        result = result[..(result.Length * 9 / 10)];
    }

    return result;
}
