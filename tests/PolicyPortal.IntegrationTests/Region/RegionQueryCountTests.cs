using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Services;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.IntegrationTests.Region;

/// <summary>
/// The overview reads each table once for all institutions: the same SQL commands (and the same tables) with two
/// institutions as with thirty, on the first view after they were added and on the next.
/// </summary>
public sealed class RegionQueryCountTests : IDisposable
{
    private readonly CommandRecorder recorder = new();
    private readonly RegionFactory factory;

    public RegionQueryCountTests()
    {
        factory = new RegionFactory();
        factory.WithServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(recorder)));
    }

    [Fact]
    public async Task The_overview_runs_as_many_commands_with_thirty_institutions_as_with_two()
    {
        using var admin = await TestAccounts.SetUpAsync(factory);
        await factory.AddInstitutionAsync(2, "school2", "Школа 2");
        await AddOrdersAsync(1, 2);
        using var curator = await factory.CuratorAsync();
        var (firstWithTwo, secondWithTwo, rowsWithTwo) = await ViewTwiceAsync(curator);
        Assert.Equal(2, rowsWithTwo);

        for (var id = 3; id <= 30; id++)
        {
            await factory.AddInstitutionAsync(id, $"school{id}", $"Школа {id}");
        }

        await AddOrdersAsync(3, 30);
        var (firstWithThirty, secondWithThirty, rowsWithThirty) = await ViewTwiceAsync(curator);
        Assert.Equal(30, rowsWithThirty);

        Assert.Equal(firstWithTwo, firstWithThirty);
        Assert.Equal(secondWithTwo, secondWithThirty);
        Assert.InRange(firstWithTwo.Count, 5, 20);
    }

    private async Task AddOrdersAsync(int from, int to)
    {
        for (var id = from; id <= to; id++)
        {
            await factory.PublishAsync(id, $"{id}-о", [ServiceCatalog.Sferum, ServiceCatalog.Telemost], people: 3, signed: id % 3, DateTimeOffset.UtcNow.AddDays(-id));
        }
    }

    /// <summary>The commands of two views (the first parses the new snapshots, the second finds them parsed), as tables read.</summary>
    private async Task<(List<string> First, List<string> Second, int Rows)> ViewTwiceAsync(FormClient curator)
    {
        // The host directory and the layout's institution name are cached for half a minute and a minute: start both
        // measurements with them forgotten, so the clock does not decide which view reads them.
        factory.Services.GetRequiredService<InstitutionDirectory>().Forget();
        factory.Services.GetRequiredService<IMemoryCache>().Remove($"institution-info:{CurrentInstitution.Default}");
        var first = await RecordAsync(curator);
        var second = await RecordAsync(curator);
        var (_, page) = await curator.GetAsync("/region");
        return (first, second, page.QuerySelectorAll("tbody tr").Length);
    }

    /// <summary>
    /// One view's commands, each named by the tables it reads or writes. Sign-in bookkeeping (the session row, and the
    /// user re-read when the security stamp is checked once a minute) is left out: it is per request, not per institution,
    /// and would make the counts depend on the clock.
    /// </summary>
    private async Task<List<string>> RecordAsync(FormClient curator)
    {
        recorder.Start();
        (await curator.Http.GetAsync("/region")).EnsureSuccessStatusCode();
        return [.. recorder.Stop().Where(c => !c.Contains("\"AuthSessions\"", StringComparison.Ordinal) && !c.Contains("\"AspNetUser", StringComparison.Ordinal))
            .Select(Tables)];
    }

    private static string Tables(string sql) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(sql, "(?:FROM|JOIN|INTO|UPDATE) \"(\\w+)\"").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));

    public void Dispose() => factory.Dispose();

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        private readonly List<string> commands = [];
        private bool recording;

        public void Start()
        {
            lock (commands)
            {
                commands.Clear();
                recording = true;
            }
        }

        public List<string> Stop()
        {
            lock (commands)
            {
                recording = false;
                return [.. commands];
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Record(command, result));

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Record(command, result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Record(command, result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            Record(command, result);

        private T Record<T>(DbCommand command, T result)
        {
            lock (commands)
            {
                if (recording)
                {
                    commands.Add(command.CommandText);
                }
            }

            return result;
        }
    }
}
