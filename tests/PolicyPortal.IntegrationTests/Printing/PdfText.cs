using System.Diagnostics;
using PolicyPortal.IntegrationTests.Documents;

namespace PolicyPortal.IntegrationTests.Printing;

/// <summary>A PDF read back with poppler's pdftotext, the whole document or one page, whitespace collapsed.</summary>
public static class PdfText
{
    public static string All(byte[] pdf) => Run(pdf, "");

    /// <summary>Page <paramref name="page"/> (1-based), as `pdftotext -f N -l N` reads it.</summary>
    public static string Page(byte[] pdf, int page) => Run(pdf, $"-f {page} -l {page} ");

    /// <summary>Each page's text, as `pdftotext -layout` keeps its lines (for counting lines per page).</summary>
    public static IReadOnlyList<string[]> PageLines(byte[] pdf, int pages) =>
        [.. Enumerable.Range(1, pages).Select(p => Raw(pdf, $"-layout -f {p} -l {p} ")
            .Split('\n').Where(l => l.Trim().Length > 0).Select(l => l.Trim()).ToArray())];

    /// <summary>The physical lines of every page (`pdftotext -layout`), whitespace collapsed: a table row or the date line reads as one line.</summary>
    public static List<string> Lines(byte[] pdf) =>
        [.. Raw(pdf, "-layout ").Split('\n').Select(Normal).Where(l => l.Length > 0)];

    /// <summary>The text as a person copies it out of the PDF: `pdftotext` (reading order) or `pdftotext -layout`, lines kept.</summary>
    public static string Copied(byte[] pdf, bool layout) => Raw(pdf, layout ? "-layout " : "");

    public static string Info(byte[] pdf, string field)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var output = Exec("pdfinfo", $"\"{file}\"");
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal)) ?? "";
            return line.Length == 0 ? "" : line[(field.Length + 1)..].Trim();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Run(byte[] pdf, string options) => Normal(Raw(pdf, options));

    /// <summary>
    /// Whitespace collapsed; «№» and its number parted by one space. Chromium sets the no-break space after «№» narrow
    /// enough that pdftotext sometimes reads «№3» for the printed «№ 3».
    /// </summary>
    private static string Normal(string text) => PdfReading.Normal(text).Replace("№ ", "№", StringComparison.Ordinal).Replace("№", "№ ", StringComparison.Ordinal);

    private static string Raw(byte[] pdf, string options)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            return Exec("pdftotext", $"-enc UTF-8 {options}\"{file}\" -");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Exec(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{tool} did not start");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {arguments} exited with {process.ExitCode}");
        return text;
    }
}
