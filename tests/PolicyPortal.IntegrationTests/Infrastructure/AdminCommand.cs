using System.Diagnostics;
using System.Text;

namespace PolicyPortal.IntegrationTests.Infrastructure;

/// <summary>Runs the built PolicyPortal.Web.dll as an administrator would, against a test portal's data folder.</summary>
public static class AdminCommand
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string LastLine => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
    }

    public static async Task<Result> RunAsync(PortalFactory factory, string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            WorkingDirectory = factory.Database.Folder,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PolicyPortal.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--Database:Provider={factory.Database.Provider}");
        start.ArgumentList.Add($"--Database:DataFolder={factory.Database.Folder}");
        start.ArgumentList.Add($"--Database:ConnectionString={factory.Database.ConnectionString ?? ""}");
        start.ArgumentList.Add($"--Logging:Folder={Path.Combine(factory.Database.Folder, "logs")}");
        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            await process.StandardInput.WriteLineAsync(standardInput);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await error);
    }
}
