using System.Diagnostics;
using System.Globalization;

namespace PolicyPortal.IntegrationTests.Word;

/// <summary>Debian's LibreOffice (libreoffice-writer-nogui) and poppler's pdftoppm, run as a person would run them.</summary>
public static class LibreOffice
{
    /// <summary>Converts the DOCX to a PDF beside it; each run has its own profile, so parallel tests do not share one.</summary>
    public static async Task<byte[]> ToPdfAsync(string docx)
    {
        var folder = Path.GetDirectoryName(docx)!;
        var profile = Path.Combine(Path.GetTempPath(), "pp-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            await RunAsync("soffice", [$"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", folder, docx]);
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        return await File.ReadAllBytesAsync(Path.ChangeExtension(docx, ".pdf"));
    }

    /// <summary>One page of a PDF as a PNG for a person to look at.</summary>
    public static Task PageToPngAsync(string pdf, int page, string png) =>
        RunAsync("pdftoppm", ["-png", "-r", "60", "-singlefile", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), pdf, Path.ChangeExtension(png, null)]);

    private static async Task RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await output} {await errors}");
        }
    }
}
