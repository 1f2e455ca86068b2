using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PolicyPortal.RegionBench;

/// <summary>One portal node (<c>dotnet PolicyPortal.Web.dll</c>) on PostgreSQL, on a loopback port, with its own web root.</summary>
public sealed class Node(string webDll, string connectionString, string work) : IDisposable
{
    private Process? process;

    public int Port { get; } = FreePort();
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string WebRoot => Path.Combine(work, "wwwroot");

    /// <summary>Starts the node and returns how long until it answered /health.</summary>
    public async Task<TimeSpan> StartAsync(string host)
    {
        Directory.CreateDirectory(WebRoot);
        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(webDll)! };
        start.ArgumentList.Add(webDll);
        foreach (var option in new[]
        {
            $"--urls={BaseUrl}", "--Database:Provider=PostgreSql", $"--Database:ConnectionString={connectionString}",
            $"--Database:DataFolder={Path.Combine(work, "data")}", $"--Logging:Folder={Path.Combine(work, "logs")}", $"--webroot={WebRoot}",
            "--Pdf:ChromiumPath=/nonexistent/chromium", "--Serilog:MinimumLevel:Default=Warning", "--Security:RequireHttps=false",
            "--Security:SignInPostsPerMinute=100000",
        })
        {
            start.ArgumentList.Add(option);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The node exited with code {process.ExitCode} while starting (logs in {work}/logs).");
            }

            try
            {
                // By a host of the region: with many institutions an unknown host (127.0.0.1) is «not found».
                using var request = new HttpRequestMessage(HttpMethod.Get, $"{BaseUrl}/health");
                request.Headers.Host = host;
                if ((await http.SendAsync(request)).StatusCode == HttpStatusCode.OK)
                {
                    return clock.Elapsed;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The node did not answer /health within 60 s.");
    }

    /// <summary>Resident memory of the node's process, in MB (/proc/…/status VmRSS).</summary>
    public double RssMegabytes()
    {
        var line = File.ReadLines($"/proc/{process!.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    public void Dispose()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
