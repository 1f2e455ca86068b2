using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Acknowledgements;

/// <summary>A printed sheet and the last acknowledgement it includes.</summary>
public sealed record PrintedSheet(long Head, byte[] Pdf);

/// <summary>
/// Prints «Лист ознакомления» once per state of the document's acknowledgements, one print at a time per document and
/// filter: for 2,000 people a print takes seconds, and printing again for each of a burst of signatures (or for each
/// director's click) would never catch up. A sheet someone has opened is printed again in the background after each
/// acknowledgement, so the next download usually finds it ready; a download never starts a second print while one runs,
/// it waits for the running one (and for one more if that one started before the acknowledgement it must show).
/// Kept in this server's memory: each server prints its own.
/// </summary>
public sealed class SheetRenderings(IServiceScopeFactory scopes, ILogger<SheetRenderings> logger)
{
    private readonly ConcurrentDictionary<(Guid Document, SheetFilter Filter), PrintedSheet> ready = new();
    private readonly ConcurrentDictionary<(Guid Document, SheetFilter Filter), Lazy<Task<PrintedSheet>>> running = new();
    private int prints;

    /// <summary>How many sheets this server has printed (the bench and the tests read it).</summary>
    public int Prints => prints;

    /// <summary>The sheet including every acknowledgement up to <paramref name="head"/>.</summary>
    public async Task<byte[]> GetAsync(Guid documentId, SheetFilter filter, long head, CancellationToken ct)
    {
        var key = (documentId, filter);
        while (true)
        {
            if (ready.TryGetValue(key, out var printed) && printed.Head >= head)
            {
                return printed.Pdf;
            }

            printed = await Start(key).WaitAsync(ct);
            if (printed.Head >= head)
            {
                return printed.Pdf;
            }
        }
    }

    /// <summary>Whether a sheet at <paramref name="head"/> is printed already (the status page says so).</summary>
    public bool IsReady(Guid documentId, SheetFilter filter, long head) =>
        ready.TryGetValue((documentId, filter), out var printed) && printed.Head >= head;

    /// <summary>After an acknowledgement: prints again, in the background, the sheets of this document someone has opened.</summary>
    public void Refresh(Guid documentId)
    {
        foreach (var key in ready.Keys.Where(k => k.Document == documentId))
        {
            _ = Start(key);
        }
    }

    /// <summary>Waits for the prints of a document under way (tests and the bench).</summary>
    public Task IdleAsync(Guid documentId) =>
        Task.WhenAll(running.Where(r => r.Key.Document == documentId).Select(r => r.Value.Value.ContinueWith(_ => { }, TaskScheduler.Default)));

    private Task<PrintedSheet> Start((Guid Document, SheetFilter Filter) key) =>
        running.GetOrAdd(key, k => new Lazy<Task<PrintedSheet>>(() => PrintAsync(k))).Value;

    private async Task<PrintedSheet> PrintAsync((Guid Document, SheetFilter Filter) key)
    {
        try
        {
            // Off the caller's request: a download that gives up does not cancel a print others wait for.
            await Task.Yield();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var sheet = scope.ServiceProvider.GetRequiredService<AcknowledgementSheet>();
            var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == key.Document);
            var head = await sheet.HeadAsync(key.Document, CancellationToken.None);
            var printed = new PrintedSheet(head, await sheet.PrintAsync(document, key.Filter, CancellationToken.None));
            Interlocked.Increment(ref prints);
            ready.AddOrUpdate(key, printed, (_, old) => old.Head > printed.Head ? old : printed);
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
