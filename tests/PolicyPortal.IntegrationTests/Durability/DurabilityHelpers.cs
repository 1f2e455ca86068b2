using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using PolicyPortal.AckBench;

namespace PolicyPortal.IntegrationTests.Durability;

/// <summary>Signs people in and acknowledges over HTTP against a portal process, and reads its database afterwards.</summary>
public static class DurabilityHelpers
{
    public static string WebDll => Path.Combine(AppContext.BaseDirectory, "PolicyPortal.Web.dll");

    /// <summary>Signs in as each of <paramref name="emails"/> and acknowledges, <paramref name="clients"/> at a time, until
    /// the list ends or <paramref name="stop"/> fires. Returns who got a success answer and every failure seen.</summary>
    public static async Task<(List<string> Acknowledged, List<string> Failures)> SignAsync(
        string baseUrl, Guid documentId, IEnumerable<string> emails, int clients, CancellationToken stop, bool toleratesConnectionLoss = false,
        TaskCompletionSource? firstAcknowledged = null)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(emails);
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && queue.TryDequeue(out var email))
            {
                using var client = new SignerClient(baseUrl);
                try
                {
                    await client.SignInAsync(email, SigningCrowd.Password);
                    var token = await client.OpenAsync(documentId);
                    var response = await client.ConfirmAsync(documentId, token, SigningCrowd.Password);
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode == HttpStatusCode.Redirect)
                    {
                        acknowledged.Add(email);
                        firstAcknowledged?.TrySetResult();
                    }
                    else
                    {
                        failures.Add($"{email}: {(int)response.StatusCode} {(body.Contains("database is locked", StringComparison.OrdinalIgnoreCase) ? "database is locked" : "")}");
                    }
                }
                catch (Exception e) when (toleratesConnectionLoss && e is HttpRequestException or TaskCanceledException or IOException or InvalidOperationException)
                {
                    // The server was killed mid-request: no answer, no promise.
                    return;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    failures.Add($"{email}: {e.Message}");
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        return ([.. acknowledged], [.. failures]);
    }

    public static async Task<(string Integrity, HashSet<string> Signed, long Rows)> ReadAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        await connection.OpenAsync();
        var integrity = (string)(await Scalar(connection, "PRAGMA integrity_check"))!;
        var signed = new HashSet<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT u.Email FROM Acknowledgements a JOIN AspNetUsers u ON u.Id = a.UserId";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                signed.Add(reader.GetString(0));
            }
        }

        var rows = (long)(await Scalar(connection, "SELECT COUNT(*) FROM Acknowledgements"))!;
        return (integrity, signed, rows);
    }

    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string dataFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = dataFolder };
        start.ArgumentList.Add(WebDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--Database:DataFolder={dataFolder}");
        start.ArgumentList.Add($"--Logging:Folder={Path.Combine(dataFolder, "logs")}");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
