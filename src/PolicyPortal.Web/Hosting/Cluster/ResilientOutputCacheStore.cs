using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace PolicyPortal.Web.Hosting.Cluster;

/// <summary>
/// The shared output cache (Redis) may be down. The output cache middleware already serves a page uncached when a read
/// or write fails; an eviction, though, is called by the publication itself, which must not fail for it. So a failed
/// eviction is kept and repeated (when Redis reconnects, and before anything is read from or written to the cache
/// again), and a page cached before the publication is never served after it from this server.
/// </summary>
/// <param name="announce">Tells the other servers (<see cref="ClusterEvictions"/>) after an eviction asked here.</param>
public sealed class ResilientOutputCacheStore(IOutputCacheStore inner, ILogger<ResilientOutputCacheStore> logger, Func<string, Task>? announce = null)
    : IOutputCacheStore, IDisposable
{
    private readonly ConcurrentDictionary<string, bool> pendingEvictions = new(StringComparer.Ordinal);
    private int failing;

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await EvictWithoutAnnouncingAsync(tag);
        if (announce is not null)
        {
            await announce(tag);
        }
    }

    public async Task EvictWithoutAnnouncingAsync(string tag)
    {
        pendingEvictions[tag] = true;
        await FlushEvictionsAsync(CancellationToken.None);
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            if (!await FlushEvictionsAsync(cancellationToken))
            {
                return null;
            }

            var value = await inner.GetAsync(key, cancellationToken);
            Recovered();
            return value;
        }
        catch (Exception e) when (IsStoreFailure(e, cancellationToken))
        {
            Failed(e);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            if (await FlushEvictionsAsync(cancellationToken))
            {
                await inner.SetAsync(key, value, tags, validFor, cancellationToken);
                Recovered();
            }
        }
        catch (Exception e) when (IsStoreFailure(e, cancellationToken))
        {
            Failed(e);
        }
    }

    /// <summary>Repeats the evictions that failed; false while any is still pending (the cache is then bypassed).</summary>
    public async ValueTask<bool> FlushEvictionsAsync(CancellationToken cancellationToken)
    {
        foreach (var tag in pendingEvictions.Keys)
        {
            try
            {
                await inner.EvictByTagAsync(tag, cancellationToken);
                pendingEvictions.TryRemove(tag, out _);
                Recovered();
            }
            catch (Exception e) when (IsStoreFailure(e, cancellationToken))
            {
                Failed(e);
                return false;
            }
        }

        return true;
    }

    private static bool IsStoreFailure(Exception e, CancellationToken cancellationToken) =>
        e is not OperationCanceledException || !cancellationToken.IsCancellationRequested;

    private void Failed(Exception e)
    {
        // One warning per outage, not one per request.
        if (Interlocked.Exchange(ref failing, 1) == 0)
        {
            logger.LogWarning(e, "The output cache store is unavailable; pages are served uncached until it answers again.");
        }
    }

    private void Recovered()
    {
        if (Interlocked.Exchange(ref failing, 0) == 1)
        {
            logger.LogWarning("The output cache store answers again; caching resumed.");
        }
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
