using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.AckBench;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;

namespace PolicyPortal.RegionBench;

/// <summary>
/// Signing through the balancer: scripts/cluster.sh start (its own PostgreSQL, Redis, two nodes of this build, nginx),
/// <c>signers</c> staff named in a published order arranged in its database, then <c>clients</c> concurrent clients each
/// signing in through the balancer, opening the order and confirming. Counts the errors (any answer but the redirect that
/// promises the acknowledgement) and checks that the database holds exactly the promised acknowledgements.
/// </summary>
public static partial class ClusterSigning
{
    public sealed record Result(int Signed, int Errors, int Recorded, double Seconds, IReadOnlyList<string> FirstErrors);

    public static async Task<Result> RunAsync(string appFolder, int signers, int clients)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"regionbench-cluster-{Environment.ProcessId}");
        var (code, output, error) = await ScriptAsync(folder, appFolder, "start");
        if (code != 0)
        {
            throw new InvalidOperationException($"scripts/cluster.sh start failed ({code}): {error}");
        }

        try
        {
            var url = Line(output, "PP_URL");
            var connection = ExportedConnectionString().Match(output).Groups[1].Value;
            var options = new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(connection + ";Pooling=false").Options;
            var (documentId, emails) = await ArrangeAsync(options, signers);

            var queue = new ConcurrentQueue<string>(emails);
            var errors = new ConcurrentBag<string>();
            var signed = 0;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
            {
                while (queue.TryDequeue(out var email))
                {
                    using var client = new SignerClient(url);
                    try
                    {
                        await client.SignInAsync(email, SigningCrowd.Password);
                        var token = await client.OpenAsync(documentId);
                        var response = await client.ConfirmAsync(documentId, token, SigningCrowd.Password);
                        if (response.StatusCode == HttpStatusCode.Redirect)
                        {
                            Interlocked.Increment(ref signed);
                        }
                        else
                        {
                            errors.Add($"{email}: {(int)response.StatusCode}");
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
                    {
                        errors.Add($"{email}: {e.Message}");
                    }
                }
            })));
            var seconds = clock.Elapsed.TotalSeconds;

            await using var db = new PostgreSqlAppDbContext(options);
            var recorded = await db.Acknowledgements.CountAsync(a => a.DocumentId == documentId);
            return new Result(signed, errors.Count, recorded, seconds, [.. errors.Take(3)]);
        }
        finally
        {
            await ScriptAsync(folder, appFolder, "stop");
        }
    }

    /// <summary>The institution's profile and the crowd (accounts that accepted the agreement), named in a published order.</summary>
    private static async Task<(Guid DocumentId, List<string> Emails)> ArrangeAsync(DbContextOptions<PostgreSqlAppDbContext> options, int count)
    {
        await using var db = new PostgreSqlAppDbContext(options);
        var now = DateTimeOffset.UtcNow;
        db.Institutions.Add(new InstitutionProfile { FullName = "Областная школа балансировщика", ShortName = "Школа", City = "Город", DirectorName = "Директорова Анна Петровна" });
        var agreement = await SignatureAgreements.CurrentAsync(db);
        var content = new DocumentContent { Requisites = { Number = "1-к", Title = "О порядке применения сервисов взаимодействия", Date = DateOnly.FromDateTime(now.UtcDateTime) } };
        return await SigningCrowd.PublishOrderNamingAsync(db, agreement, content, count, "cluster.bench", now);
    }

    private static async Task<(int Code, string Output, string Error)> ScriptAsync(string folder, string appFolder, string command)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot() };
        start.ArgumentList.Add("scripts/cluster.sh");
        start.ArgumentList.Add(command);
        start.Environment["PP_CLUSTER_DIR"] = folder;
        start.Environment["PP_CLUSTER_APP"] = appFolder;
        start.Environment["Pdf__ChromiumPath"] = "/nonexistent/chromium";
        start.Environment["Pdf__RetryInterval"] = "1.00:00:00";
        start.Environment["Mail__PickupFolder"] = Path.Combine(folder + "-mail");
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // Every client signs in from 127.0.0.1.
        start.Environment["Security__SignInPostsPerMinute"] = "100000";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private static string Line(string output, string name) =>
        output.Split('\n').Single(l => l.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..].Trim();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "cluster.sh")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("scripts/cluster.sh not found above the bench's folder.");
    }

    [GeneratedRegex("Database__ConnectionString='([^']*)'")]
    private static partial Regex ExportedConnectionString();
}
