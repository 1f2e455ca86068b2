using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Documents;

namespace PolicyPortal.Web.Public;

/// <summary>A published or superseded document as the public pages show it.</summary>
public sealed record PublicDocument(PolicyDocument Document, DocumentView View, string? PublisherName)
{
    public Guid Id => Document.Id;

    public bool IsInForce => Document.Status == DocumentStatus.Published;
}

/// <summary>A line of the archive: enough to list, link and chain versions, without the document's text.</summary>
public sealed record ArchiveEntry(Guid Id, DocumentKind Kind, string Number, DateOnly? Date, string Title, DocumentStatus Status, DateTimeOffset? PublishedAt, DateTimeOffset? SupersededAt, Guid? SupersedesId, Guid? SupersededById);

/// <summary>
/// The queries of the public pages. Drafts are never read here: every query filters them out, so a guessed id of a draft
/// is simply not found. Each page issues the same few queries however many documents there are.
/// </summary>
public sealed class PublicDocuments(AppDbContext db, IConfiguration configuration)
{
    private IQueryable<PolicyDocument> Public => db.Documents.AsNoTracking().Where(d => d.Status != DocumentStatus.Draft);

    /// <summary>The document in force: the most recently published one that has not lost force.</summary>
    public async Task<PublicDocument?> CurrentAsync(CancellationToken ct)
    {
        // Picked here, from ids and dates only: SQLite cannot order by a DateTimeOffset column.
        var inForce = await Public.Where(d => d.Status == DocumentStatus.Published).Select(d => new { d.Id, d.PublishedAt }).ToListAsync(ct);
        return inForce.Count == 0 ? null : await FindAsync(inForce.MaxBy(d => d.PublishedAt)!.Id, ct);
    }

    public async Task<PublicDocument?> FindAsync(Guid id, CancellationToken ct)
    {
        var document = await Public.FirstOrDefaultAsync(d => d.Id == id, ct);
        return document is null ? null : await WithPublisherAsync(document, ct);
    }

    /// <summary>Two versions in one query, for the comparison.</summary>
    public async Task<IReadOnlyList<PolicyDocument>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await Public.Where(d => ids.Contains(d.Id)).ToListAsync(ct);

    /// <summary>All public documents, newest first, without their text.</summary>
    public async Task<IReadOnlyList<ArchiveEntry>> ArchiveAsync(CancellationToken ct)
    {
        var entries = await Public
            .Select(d => new ArchiveEntry(d.Id, d.Kind, d.Number, d.Date, d.Title, d.Status, d.PublishedAt, d.SupersededAt, d.SupersedesId, d.SupersededById))
            .ToListAsync(ct);
        // Sorted here: SQLite cannot order by a DateTimeOffset column.
        return [.. entries.OrderByDescending(e => e.PublishedAt)];
    }

    public DocumentView View(PolicyDocument document) => DocumentView.Of(document, PublicationPdfs.PublicLink(configuration, document.Id));

    private async Task<PublicDocument> WithPublisherAsync(PolicyDocument document, CancellationToken ct)
    {
        var publisher = await db.Users.AsNoTracking().Where(u => u.UserName == document.PublishedBy).Select(u => u.FullName).FirstOrDefaultAsync(ct);
        return new(document, View(document), string.IsNullOrWhiteSpace(publisher) ? null : publisher);
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
