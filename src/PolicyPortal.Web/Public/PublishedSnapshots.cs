using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Public;

/// <summary>
/// Parsed published snapshots (and what is computed from them), kept in this server's memory under their SHA-256 —
/// a published snapshot never changes — up to <see cref="MemoryLimitsOptions.SnapshotsMegabytes"/>. Beyond that the
/// least recently used are let go and read again when asked for; an entry too large or arriving while the cache is full
/// is not kept at all, and the caller still gets its value.
/// </summary>
public sealed class PublishedSnapshots : IDisposable
{
    private static readonly TimeSpan Sliding = TimeSpan.FromHours(1);

    private readonly MemoryCache cache;

    public PublishedSnapshots(IOptions<MemoryLimitsOptions> limits)
        : this(limits.Value.SnapshotsBytes)
    {
    }

    /// <summary>A limit in bytes, below a megabyte (tests).</summary>
    internal PublishedSnapshots(long sizeLimit) => cache = new(new MemoryCacheOptions
    {
        SizeLimit = sizeLimit,
        // Room for the next entries is made by letting go a quarter of what is kept (least recently used first).
        CompactionPercentage = 0.25,
    });

    /// <summary>What a snapshot of this JSON length costs in memory once parsed, about (UTF-16 text plus the objects around it).</summary>
    public static long SizeOf(string json) => 2L * json.Length;

    /// <summary>How many entries are kept now (tests).</summary>
    public int Count => cache.Count;

    public bool TryGet<T>(object key, out T? value) => cache.TryGetValue(key, out value);

    public void Set<T>(object key, T value, long size) =>
        cache.Set(key, value, new MemoryCacheEntryOptions { SlidingExpiration = Sliding, Size = Math.Max(1, size) });

    /// <summary>The kept value, or the one <paramref name="read"/> returns (kept when it fits).</summary>
    public async Task<T> GetOrReadAsync<T>(object key, Func<Task<(T Value, long Size)>> read)
    {
        if (cache.TryGetValue(key, out T? kept) && kept is not null)
        {
            return kept;
        }

        var (value, size) = await read();
        Set(key, value, size);
        return value;
    }

    public void Dispose() => cache.Dispose();
}
