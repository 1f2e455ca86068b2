using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Caching.Memory;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Printing;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.Web.Public;

/// <summary>The columns of a public document the pages show around its text; <see cref="PublisherName"/> comes from the publisher's account.</summary>
public sealed record PublicDocumentRow(
    Guid Id, DocumentKind Kind, string TypeName, DocumentStatus Status, string Number, DateOnly? Date, string Title,
    DateTimeOffset? PublishedAt, string? SnapshotHash, Guid? SupersedesId, Guid? SupersededById, DateTimeOffset? SupersededAt, string? PublisherName)
{
    public string ShortTitle => DocumentTitles.Short(Kind, TypeName, Number, Date);

    /// <summary>The archive line of the same document.</summary>
    public string KindName => DocumentTitles.Kind(Kind, TypeName);
}

/// <summary>
/// A published or superseded document as the public pages show it: its row, its frozen snapshot (JSON, as published,
/// whose SHA-256 is the row's), its view. A long list of acknowledgers is an internal record of staff (152-ФЗ ст. 10.1):
/// then the view and <see cref="PublicDocuments.PublicJsonAsync"/> carry none of its names, only <see cref="AcknowledgerCount"/>.
/// Its JSON is not kept here: only the JSON addresses need it, and they read it (<see cref="PublicDocuments.PublicJsonAsync"/>).
/// </summary>
public sealed record PublicDocument(PublicDocumentRow Document, DocumentView View, int AcknowledgerCount)
{
    /// <summary>SHA-256 of each ready PDF, by appendix number (0: the whole document), shown next to its download.</summary>
    public IReadOnlyDictionary<int, string> FileHashes { get; init; } = new Dictionary<int, string>();

    /// <summary>Beyond this many, the list of acknowledgers is shown publicly as a count.</summary>
    public const int LongListOfAcknowledgers = 30;

    public bool AcknowledgersAsCount => AcknowledgerCount > LongListOfAcknowledgers;

    public Guid Id => Document.Id;

    public bool IsInForce => Document.Status == DocumentStatus.Published;

    public string? PublisherName => Document.PublisherName;

    /// <summary>
    /// Everything the document's part of a public page is rendered from besides its frozen snapshot: the row (status,
    /// supersession, publisher), the files' hashes, the version of the site and the time zone dates are shown in. The
    /// rendered part is kept under this key, so it is rendered again the moment any of them changes.
    /// </summary>
    public string RenderKey(PublicLinks links, string timeZone)
    {
        var d = Document;
        var files = string.Join(',', FileHashes.OrderBy(f => f.Key).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key}:{f.Value}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{d.Id}|{d.SnapshotHash}|{d.Status}|{d.Kind}|{d.TypeName}|{d.Number}|{d.Date:O}|{d.Title}|{d.PublishedAt:O}|{d.SupersedesId}|{d.SupersededById}|{d.SupersededAt:O}|{d.PublisherName}|{AcknowledgerCount}|{View.PublicLink}|{files}|{links.IsSpecialVersion}|{timeZone}");
    }
}

/// <summary>A line of the archive: enough to list, link and chain versions, without the document's text.</summary>
public sealed record ArchiveEntry(Guid Id, DocumentKind Kind, string TypeName, string Number, DateOnly? Date, string Title, DocumentStatus Status, DateTimeOffset? PublishedAt, DateTimeOffset? SupersededAt, Guid? SupersedesId, Guid? SupersededById);

/// <summary>One page of the archive, newest first.</summary>
public sealed record ArchivePage(IReadOnlyList<ArchiveEntry> Entries, int Page, int PageCount);

/// <summary>
/// The queries of the public pages. Drafts are never read here: every query filters them out, so a guessed id of a draft
/// is simply not found. Each page issues the same few queries however many documents there are. A published snapshot
/// never changes, so its parsed form is kept in memory under its SHA-256 (<see cref="PublishedSnapshots"/>, bounded) and
/// read from the database again only when it was let go.
/// </summary>
public sealed class PublicDocuments(AppDbContext db, IMemoryCache memory, PublishedSnapshots snapshots, InstitutionAddresses addresses)
{
    private IQueryable<PolicyDocument> Public => db.Documents.AsNoTracking().Where(d => d.Status != DocumentStatus.Draft);

    public const int PageSize = 50;

    /// <summary>The document in force: the most recently published one that has not lost force (one row, by the status index).</summary>
    public async Task<PublicDocument?> CurrentAsync(CancellationToken ct) =>
        await CurrentRows.GetValue(db.Model, _ => CompileCurrentRow())(db, ct) is { } row ? await WithSnapshotAsync(row, ct) : null;

    public async Task<PublicDocument?> FindAsync(Guid id, CancellationToken ct) =>
        await RowsById.GetValue(db.Model, _ => CompileRowById())(db, id, ct) is { } row ? await WithSnapshotAsync(row, ct) : null;

    // The two rows every uncached public page of one document starts with, compiled once: built, funcletized and looked
    // up in EF's query cache per request, the LINQ cost more than the rest of the page's own code. Joined flat (no
    // subquery around the documents), so SQLite compiles a simpler statement each time.
    // EF runs a compiled query only on the model it was compiled for, and a process that serves several providers (the
    // test suite's SQLite and PostgreSQL portals side by side) has a model for each: one compiled query per model.
    private static readonly ConditionalWeakTable<IModel, Func<AppDbContext, CancellationToken, Task<PublicDocumentRow?>>> CurrentRows = new();
    private static readonly ConditionalWeakTable<IModel, Func<AppDbContext, Guid, CancellationToken, Task<PublicDocumentRow?>>> RowsById = new();

    private static Func<AppDbContext, CancellationToken, Task<PublicDocumentRow?>> CompileCurrentRow() => EF.CompileAsyncQuery(
        (AppDbContext db, CancellationToken ct) =>
            (from d in db.Documents.AsNoTracking()
             join u in db.Users on d.PublishedBy equals u.UserName into publishers
             from u in publishers.DefaultIfEmpty()
             where d.Status == DocumentStatus.Published
             orderby d.PublishedAt descending
             select new PublicDocumentRow(d.Id, d.Kind, d.TypeName, d.Status, d.Number, d.Date, d.Title, d.PublishedAt, d.SnapshotHash,
                 d.SupersedesId, d.SupersededById, d.SupersededAt, u == null || u.FullName == "" ? null : u.FullName)).FirstOrDefault());

    private static Func<AppDbContext, Guid, CancellationToken, Task<PublicDocumentRow?>> CompileRowById() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid id, CancellationToken ct) =>
            (from d in db.Documents.AsNoTracking()
             join u in db.Users on d.PublishedBy equals u.UserName into publishers
             from u in publishers.DefaultIfEmpty()
             where d.Id == id && d.Status != DocumentStatus.Draft
             select new PublicDocumentRow(d.Id, d.Kind, d.TypeName, d.Status, d.Number, d.Date, d.Title, d.PublishedAt, d.SnapshotHash,
                 d.SupersedesId, d.SupersededById, d.SupersededAt, u == null || u.FullName == "" ? null : u.FullName)).FirstOrDefault());

    /// <summary>Versions to compare, in one query, without their text.</summary>
    public async Task<IReadOnlyList<PublicDocumentRow>> FindRowsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await Rows(Public.Where(d => ids.Contains(d.Id))).ToListAsync(ct);

    /// <summary>A row's snapshot, parsed (read from the database once per snapshot).</summary>
    public Task<PublicDocument> WithTextAsync(PublicDocumentRow row, CancellationToken ct) => WithSnapshotAsync(row, ct);

    /// <summary>One page of public documents, newest first, without their text; <paramref name="page"/> counts from 1.</summary>
    public async Task<ArchivePage> ArchivePageAsync(int page, CancellationToken ct)
    {
        var total = await Public.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var entries = await Entries(Public.OrderByDescending(d => d.PublishedAt).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
        return new(entries, page, pageCount);
    }

    /// <summary>The latest publications (the feed).</summary>
    public async Task<IReadOnlyList<ArchiveEntry>> LatestAsync(int count, CancellationToken ct) =>
        await Entries(Public.OrderByDescending(d => d.PublishedAt).Take(count)).ToListAsync(ct);

    /// <summary>All public documents, newest first, without their text (the sitemap).</summary>
    public async Task<IReadOnlyList<ArchiveEntry>> ArchiveAsync(CancellationToken ct) =>
        await Entries(Public.OrderByDescending(d => d.PublishedAt)).ToListAsync(ct);

    /// <summary>
    /// The editions of the regulation <paramref name="row"/> belongs to, oldest first: the «заменяет» links of the
    /// documents that have an edition before or after (ids only), then the few columns of that chain alone.
    /// </summary>
    public async Task<IReadOnlyList<ArchiveEntry>> VersionsAsync(PublicDocumentRow row, CancellationToken ct)
    {
        if (row.SupersedesId is null && row.SupersededById is null)
        {
            return [];
        }

        var links = await Public.Where(d => d.SupersedesId != null || d.SupersededById != null)
            .Select(d => new { d.Id, d.SupersedesId, d.SupersededById })
            .ToDictionaryAsync(d => d.Id, ct);
        var chain = new List<Guid> { row.Id };
        for (var e = row.SupersedesId; e is { } earlier && links.ContainsKey(earlier) && !chain.Contains(earlier); e = links[earlier].SupersedesId)
        {
            chain.Insert(0, earlier);
        }

        for (var e = row.SupersededById; e is { } later && links.ContainsKey(later) && !chain.Contains(later); e = links[later].SupersededById)
        {
            chain.Add(later);
        }

        var entries = await Entries(Public.Where(d => chain.Contains(d.Id))).ToDictionaryAsync(e => e.Id, ct);
        return [.. chain.Where(entries.ContainsKey).Select(i => entries[i])];
    }

    private static IQueryable<ArchiveEntry> Entries(IQueryable<PolicyDocument> documents) =>
        documents.Select(d => new ArchiveEntry(d.Id, d.Kind, d.TypeName, d.Number, d.Date, d.Title, d.Status, d.PublishedAt, d.SupersededAt, d.SupersedesId, d.SupersededById));

    private IQueryable<PublicDocumentRow> Rows(IQueryable<PolicyDocument> documents) =>
        from d in documents
        join u in db.Users on d.PublishedBy equals u.UserName into publishers
        from u in publishers.DefaultIfEmpty()
        select new PublicDocumentRow(d.Id, d.Kind, d.TypeName, d.Status, d.Number, d.Date, d.Title, d.PublishedAt, d.SnapshotHash,
            d.SupersedesId, d.SupersededById, d.SupersededAt, u == null || u.FullName == "" ? null : u.FullName);

    /// <summary>
    /// The document's snapshot as the JSON addresses give it: the frozen JSON whose SHA-256 is the row's, as published;
    /// with a long list of acknowledgers, the same content without their names (<see cref="PublicDocument.AcknowledgerCount"/> says how many).
    /// </summary>
    public async Task<string> PublicJsonAsync(PublicDocument document, CancellationToken ct) =>
        document.AcknowledgersAsCount
            ? DocumentJson.Serialize(document.View.Content)
            : await db.Documents.AsNoTracking().Where(d => d.Id == document.Id).Select(d => d.SnapshotJson).SingleAsync(ct) ?? "{}";

    private async Task<PublicDocument> WithSnapshotAsync(PublicDocumentRow row, CancellationToken ct)
    {
        // Only the parsed content is kept (its JSON, twice the memory, is read again by the JSON addresses alone).
        var snapshot = await snapshots.GetOrReadAsync(("public-snapshot", row.Id, row.SnapshotHash), async () =>
        {
            var json = await db.Documents.AsNoTracking().Where(d => d.Id == row.Id).Select(d => d.SnapshotJson).SingleAsync(ct) ?? "{}";
            var content = DocumentJson.Deserialize(json);
            var acknowledgers = content.Acknowledgers.Count;
            if (acknowledgers > PublicDocument.LongListOfAcknowledgers)
            {
                content.Acknowledgers = [];
            }

            return ((content, acknowledgers), PublishedSnapshots.SizeOf(json));
        });

        var view = new DocumentView(snapshot.content, row.Id, row.Status, row.PublishedAt, row.SnapshotHash, (await addresses.CurrentAsync(ct)).DocumentLink(row.Id));
        // Kept a minute: a ready file never changes, a pending one shows its hash once printed. Read from the database
        // on every request it would cost the most of the page (the hash sits behind the PDF's bytes in the row).
        var hashes = await memory.GetOrCreateAsync(("public-file-hashes", row.Id), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            entry.Size = 1;
            return db.PublishedFiles.AsNoTracking()
                .Where(f => f.DocumentId == row.Id && f.Status == PublishedFileStatus.Ready)
                .Select(f => new { f.AppendixNumber, f.Sha256 })
                .ToDictionaryAsync(f => f.AppendixNumber, f => f.Sha256, ct);
        }) ?? [];
        return new(row, view, snapshot.acknowledgers) { FileHashes = hashes };
    }
}
