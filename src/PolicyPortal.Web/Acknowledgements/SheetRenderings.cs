using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting.Cluster;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.Web.Acknowledgements;

/// <summary>
/// Prints «Лист ознакомления» once per state of the document's acknowledgements, one print at a time per document and
/// filter: for 2,000 people a print takes seconds, and printing again for each of a burst of signatures (or for each
/// director's click) would never catch up. A sheet someone has opened is printed again in the background after each
/// acknowledgement, so the next download usually finds it ready; a download never starts a second print while one runs,
/// it waits for the running one (and for one more if that one started before the acknowledgement it must show).
/// Printed sheets are kept in <see cref="ISheetStore"/>; with several servers that store is shared and a print takes
/// the sheet's lock across servers, so a sheet printed by one server is the one every server serves.
/// </summary>
public sealed class SheetRenderings(IServiceScopeFactory scopes, ISheetStore store, BackgroundWorkLock workLock, ILogger<SheetRenderings> logger)
{
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<SheetKey, Lazy<Task<PrintedSheet>>> running = new();
    private int prints;

    /// <summary>How many sheets this server has printed (the bench and the tests read it).</summary>
    public int Prints => prints;

    /// <summary>The sheet including every acknowledgement up to <paramref name="head"/>.</summary>
    public async Task<byte[]> GetAsync(int institution, Guid documentId, SheetFilter filter, long head, CancellationToken ct)
    {
        var key = new SheetKey(institution, documentId, filter);
        while (true)
        {
            if (await store.GetAsync(key) is { } kept && kept.Head >= head)
            {
                return kept.Pdf;
            }

            var printed = await Start(key).WaitAsync(ct);
            if (printed.Head >= head)
            {
                return printed.Pdf;
            }
        }
    }

    /// <summary>After an acknowledgement: prints again, in the background, the sheets of this document someone has opened.</summary>
    public void Refresh(int institution, Guid documentId) => _ = RefreshAsync(institution, documentId);

    /// <summary>Waits for the prints of a document under way (tests and the bench).</summary>
    public Task IdleAsync(Guid documentId) =>
        Task.WhenAll(running.Where(r => r.Key.Document == documentId).Select(r => r.Value.Value.ContinueWith(_ => { }, TaskScheduler.Default)));

    private async Task RefreshAsync(int institution, Guid documentId)
    {
        foreach (var key in await store.OpenedAsync(institution, documentId))
        {
            _ = Start(key);
        }
    }

    private Task<PrintedSheet> Start(SheetKey key) =>
        running.GetOrAdd(key, k => new Lazy<Task<PrintedSheet>>(() => PrintAsync(k))).Value;

    private async Task<PrintedSheet> PrintAsync(SheetKey key)
    {
        try
        {
            // Off the caller's request: a download that gives up does not cancel a print others wait for.
            await Task.Yield();
            await using var held = await workLock.AcquireAsync($"sheet:{key.Institution}:{key.Document:N}:{key.Filter}", LockWait, CancellationToken.None);
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentInstitution>().Set(key.Institution);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var sheet = scope.ServiceProvider.GetRequiredService<AcknowledgementSheet>();
            var head = await sheet.HeadAsync(key.Document, CancellationToken.None);
            // Another server may have printed this state while this one waited for the lock.
            if (await store.GetAsync(key) is { } kept && kept.Head >= head)
            {
                return kept;
            }

            var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == key.Document);
            var printed = new PrintedSheet(head, await sheet.PrintAsync(document, key.Filter, CancellationToken.None));
            Interlocked.Increment(ref prints);
            await store.KeepAsync(key, printed);
            return printed;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Acknowledgement sheet of {Document} ({Filter}) not printed", key.Document, key.Filter);
            throw;
        }
        finally
        {
            running.TryRemove(key, out _);
        }
    }
}
