using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolicyPortal.AckBench;

/// <summary>
/// The real portal as a separate process (<c>dotnet PolicyPortal.Web.dll</c>) on a loopback port over a data folder,
/// so that it can be killed with SIGKILL and started again. Shared by bench/AckBench and the durability tests.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    private Process? process;

    public PortalProcess(string webDll, string dataFolder)
    {
        WebDll = webDll;
        DataFolder = dataFolder;
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}";
    }

    public string WebDll { get; }
    public string DataFolder { get; }
    public int Port { get; }
    public string BaseUrl { get; }

    /// <summary>CPU time the portal process has used so far (all its threads, both cores).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process!.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Added after the defaults, so a setting here wins (e.g. a real Chromium for the sheet).</summary>
    public List<string> ExtraArguments { get; } = [];

    /// <summary>The portal's process, for its memory in /proc.</summary>
    public int ProcessId => process?.Id ?? 0;

    public async Task StartAsync(CancellationToken ct = default)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = DataFolder };
        start.ArgumentList.Add(WebDll);
        start.ArgumentList.Add($"--urls={BaseUrl}");
        start.ArgumentList.Add($"--Database:DataFolder={DataFolder}");
        start.ArgumentList.Add($"--Logging:Folder={Path.Combine(DataFolder, "logs")}");
        start.ArgumentList.Add("--Pdf:ChromiumPath=/nonexistent/chromium");
        start.ArgumentList.Add("--Serilog:MinimumLevel:Default=Warning");
        // Plain HTTP on loopback, as run.sh serves it: cookies without the __Host- prefix and the Secure flag.
        start.ArgumentList.Add("--Security:RequireHttps=false");
        // Every signer signs in from 127.0.0.1: the per-address sign-in limit would answer 429 to the crowd.
        start.ArgumentList.Add("--Security:SignInPostsPerMinute=100000");
        foreach (var argument in ExtraArguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with code {process.ExitCode} while starting.");
            }

            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health", ct)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }

            await Task.Delay(100, ct);
        }

        throw new TimeoutException("The portal did not answer /health within 60 s.");
    }

    /// <summary>SIGKILL: no shutdown, no flush; what SQLite committed must survive.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
