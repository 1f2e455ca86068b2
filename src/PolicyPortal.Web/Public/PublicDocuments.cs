using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Public;

/// <summary>The columns of a public document the pages show around its text; <see cref="PublisherName"/> comes from the publisher's account.</summary>
public sealed record PublicDocumentRow(
    Guid Id, DocumentKind Kind, DocumentStatus Status, string Number, DateOnly? Date, string Title,
    DateTimeOffset? PublishedAt, string? SnapshotHash, Guid? SupersedesId, Guid? SupersededById, DateTimeOffset? SupersededAt, string? PublisherName)
{
    public string ShortTitle => DocumentTitles.Short(Kind, Number, Date);
}

/// <summary>A published or superseded document as the public pages show it: its row, its frozen snapshot (JSON and parsed), its view.</summary>
public sealed record PublicDocument(PublicDocumentRow Document, string SnapshotJson, DocumentView View)
{
    public Guid Id => Document.Id;

    public bool IsInForce => Document.Status == DocumentStatus.Published;

    public string? PublisherName => Document.PublisherName;
}

/// <summary>A line of the archive: enough to list, link and chain versions, without the document's text.</summary>
public sealed record ArchiveEntry(Guid Id, DocumentKind Kind, string Number, DateOnly? Date, string Title, DocumentStatus Status, DateTimeOffset? PublishedAt, DateTimeOffset? SupersededAt, Guid? SupersedesId, Guid? SupersededById);

/// <summary>
/// The queries of the public pages. Drafts are never read here: every query filters them out, so a guessed id of a draft
/// is simply not found. Each page issues the same few queries however many documents there are. A published snapshot
/// never changes, so its parsed form is kept in memory under its SHA-256 and read from the database once.
/// </summary>
public sealed class PublicDocuments(AppDbContext db, IMemoryCache memory, IOptions<SiteOptions> site)
{
    private IQueryable<PolicyDocument> Public => db.Documents.AsNoTracking().Where(d => d.Status != DocumentStatus.Draft);

    /// <summary>The document in force: the most recently published one that has not lost force.</summary>
    public async Task<PublicDocument?> CurrentAsync(CancellationToken ct)
    {
        // Picked here: SQLite cannot order by a DateTimeOffset column, and documents in force are few.
        var inForce = await Rows(Public.Where(d => d.Status == DocumentStatus.Published)).ToListAsync(ct);
        return inForce.Count == 0 ? null : await WithSnapshotAsync(inForce.MaxBy(d => d.PublishedAt)!, ct);
    }

    public async Task<PublicDocument?> FindAsync(Guid id, CancellationToken ct) =>
        await Rows(Public.Where(d => d.Id == id)).FirstOrDefaultAsync(ct) is { } row ? await WithSnapshotAsync(row, ct) : null;

    /// <summary>Versions to compare, in one query.</summary>
    public async Task<IReadOnlyList<PolicyDocument>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await Public.Where(d => ids.Contains(d.Id)).ToListAsync(ct);

    /// <summary>All public documents, newest first, without their text.</summary>
    public async Task<IReadOnlyList<ArchiveEntry>> ArchiveAsync(CancellationToken ct)
    {
        var entries = await Public
            .Select(d => new ArchiveEntry(d.Id, d.Kind, d.Number, d.Date, d.Title, d.Status, d.PublishedAt, d.SupersededAt, d.SupersedesId, d.SupersededById))
            .ToListAsync(ct);
        return [.. entries.OrderByDescending(e => e.PublishedAt)];
    }

    public DocumentView View(PolicyDocument document) => DocumentView.Of(document, site.Value.DocumentLink(document.Id));

    private IQueryable<PublicDocumentRow> Rows(IQueryable<PolicyDocument> documents) =>
        from d in documents
        join u in db.Users on d.PublishedBy equals u.UserName into publishers
        from u in publishers.DefaultIfEmpty()
        select new PublicDocumentRow(d.Id, d.Kind, d.Status, d.Number, d.Date, d.Title, d.PublishedAt, d.SnapshotHash,
            d.SupersedesId, d.SupersededById, d.SupersededAt, u == null || u.FullName == "" ? null : u.FullName);

    private async Task<PublicDocument> WithSnapshotAsync(PublicDocumentRow row, CancellationToken ct)
    {
        var key = ("public-snapshot", row.Id, row.SnapshotHash);
        if (!memory.TryGetValue(key, out (string Json, DocumentContent Content) snapshot))
        {
            var json = await db.Documents.AsNoTracking().Where(d => d.Id == row.Id).Select(d => d.SnapshotJson).SingleAsync(ct) ?? "{}";
            snapshot = (json, DocumentJson.Deserialize(json));
            memory.Set(key, snapshot, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1), Size = json.Length });
        }

        var view = new DocumentView(snapshot.Content, row.Id, row.Status, row.PublishedAt, row.SnapshotHash, site.Value.DocumentLink(row.Id));
        return new(row, snapshot.Json, view);
    }

    /// <summary>The versions of the regulation <paramref name="id"/> belongs to, oldest first, following «заменяет» links both ways.</summary>
    public static IReadOnlyList<ArchiveEntry> VersionsOf(Guid id, IReadOnlyList<ArchiveEntry> archive)
    {
        var byId = archive.ToDictionary(e => e.Id);
        if (!byId.TryGetValue(id, out var start))
        {
            return [];
        }

        var chain = new List<ArchiveEntry> { start };
        for (var e = start; e.SupersedesId is { } earlier && byId.TryGetValue(earlier, out var prev) && !chain.Contains(prev); e = prev)
        {
            chain.Insert(0, prev);
        }

        for (var e = start; e.SupersededById is { } later && byId.TryGetValue(later, out var next) && !chain.Contains(next); e = next)
        {
            chain.Add(next);
        }

        return chain;
    }
}
