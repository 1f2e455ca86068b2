using System.ComponentModel.DataAnnotations;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// Configuration section «MemoryLimits»: how much of this server's memory each cache of published documents may hold.
/// Every cache here is bounded: a region of hundreds of institutions must not grow a server without limit, and an
/// entry let go is simply read and rendered again (a publication evicts whatever is kept, bounded or not).
/// </summary>
public sealed class MemoryLimitsOptions
{
    public const string Section = "MemoryLimits";

    private const long Megabyte = 1024 * 1024;

    /// <summary>Public pages' output cache in this server's memory (not used when Cluster:Redis keeps it in Redis).</summary>
    [Range(1, 4096)]
    public int OutputCacheMegabytes { get; set; } = 32;

    /// <summary>Rendered text of published documents (the pages' <c>&lt;cache&gt;</c> parts).</summary>
    [Range(1, 4096)]
    public int RenderedDocumentsMegabytes { get; set; } = 16;

    /// <summary>Parsed published snapshots and what is derived from them (<see cref="Public.PublishedSnapshots"/>).</summary>
    [Range(1, 4096)]
    public int SnapshotsMegabytes { get; set; } = 16;

    public long OutputCacheBytes => OutputCacheMegabytes * Megabyte;

    public long RenderedDocumentsBytes => RenderedDocumentsMegabytes * Megabyte;

    public long SnapshotsBytes => SnapshotsMegabytes * Megabyte;
}
