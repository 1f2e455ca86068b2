using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Public;

/// <summary>Counts every SQL command the portal runs: readers, scalars and non-queries, synchronous or not.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int count;
    private int rows;

    public int Count => Volatile.Read(ref count);

    /// <summary>Rows read by all commands so far.</summary>
    public int Rows => Volatile.Read(ref rows);

    /// <summary>The text of every command so far, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Texts { get; } = new();

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Interlocked.Add(ref rows, eventData.ReadCount);
        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, result));

    private T Counted<T>(DbCommand command, T result)
    {
        Texts.Enqueue(command.CommandText);
        Interlocked.Increment(ref count);
        return result;
    }
}

/// <summary>The portal with the output cache off, so that every request reaches the database, and its commands counted.</summary>
public sealed class CountingPortalFactory : PortalFactory
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PublicPages:OutputCache", "false");
        builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Commands)));
    }
}

public sealed class PublicQueryCountTests : IAsyncLifetime
{
    private readonly CountingPortalFactory factory = new();
    private FormClient visitor = default!;

    public async Task InitializeAsync()
    {
        (await TestAccounts.SetUpAsync(factory)).Dispose();
        visitor = factory.CreateFormClient();
    }

    [Fact]
    public async Task Public_pages_run_as_many_commands_with_fifty_documents_as_with_five()
    {
        var newest = await PublishChainAsync(5, after: null);
        var withFive = await CountAsync(newest);

        newest = await PublishChainAsync(45, after: newest);
        var withFifty = await CountAsync(newest);

        Assert.Equal(withFive, withFifty);
        Assert.All(withFive.Values, count => Assert.InRange(count, 1, 4));
    }

    [Fact]
    public async Task Pages_of_one_document_read_as_many_rows_with_fifty_documents_in_force_as_with_five()
    {
        var edition = await PublishChainAsync(2, after: null);
        await PublishIndependentAsync(3);
        var withFive = await CountAsync(edition, rows: true);

        await PublishIndependentAsync(45);
        var withFifty = await CountAsync(edition, rows: true);

        // The policy in force, its JSON and one document's page do not read the archive; the archive page is paged.
        Assert.Equal(withFive["policy"], withFifty["policy"]);
        Assert.Equal(withFive["json"], withFifty["json"]);
        Assert.Equal(withFive["document"], withFifty["document"]);
        Assert.InRange(withFifty["archive"], 1, PolicyPortal.Web.Public.PublicDocuments.PageSize + 10);
    }

    /// <summary>Commands (or rows read) per page, each measured on its second request (the first warms the snapshot and site caches).</summary>
    private async Task<Dictionary<string, int>> CountAsync(Guid newest, bool rows = false)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (name, url) in new[] { ("policy", "/policy"), ("json", "/api/policy.json"), ("archive", "/documents"), ("document", $"/documents/{newest}") })
        {
            (await visitor.Http.GetAsync(url)).EnsureSuccessStatusCode();
            var before = rows ? factory.Commands.Rows : factory.Commands.Count;
            (await visitor.Http.GetAsync(url)).EnsureSuccessStatusCode();
            counts[name] = (rows ? factory.Commands.Rows : factory.Commands.Count) - before;
        }

        return counts;
    }

    /// <summary>Documents in force side by side (each a regulation of its own), arranged straight in the database.</summary>
    private async Task PublishIndependentAsync(int count)
    {
        await using var scope = factory.Scope(out var db);
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 0; i < count; i++)
        {
            at = at.AddSeconds(1);
            var content = new DocumentContent { Requisites = { Number = $"н-{Guid.NewGuid():N}"[..12], Title = "Об ином", Date = new DateOnly(2024, 1, 1) } };
            var document = PolicyDocument.CreateDraft(content, "test", at);
            document.Publish(DocumentArrange.ApprovedOnPaper, "test", at);
            db.Documents.Add(document);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Editions that each supersede the one before, arranged straight in the database (printing PDFs is not the point here).</summary>
    private async Task<Guid> PublishChainAsync(int count, Guid? after)
    {
        await using var scope = factory.Scope(out var db);
        var previous = after is { } id ? await db.Documents.SingleAsync(d => d.Id == id) : null;
        var at = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            at = at.AddMinutes(1);
            var content = new DocumentContent { Requisites = { Number = $"{i + 1}-{Guid.NewGuid():N}"[..12], Title = "О сервисах", Date = new DateOnly(2025, 1, 1) } };
            var document = PolicyDocument.CreateDraft(content, "test", at, previous?.Id);
            document.Publish(DocumentArrange.ApprovedOnPaper, "test", at);
            db.Documents.Add(document);
            previous?.SupersedeBy(document, at);
            previous = document;
        }

        await db.SaveChangesAsync();
        return previous!.Id;
    }

    public Task DisposeAsync()
    {
        visitor.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
