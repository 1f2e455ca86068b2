using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Acknowledgements;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Pages.My;

/// <summary>
/// What the signed-in user must acknowledge. The person is always the one linked to the current account, and the
/// version is the one in the route: nothing that identifies the signer or the version comes from a form.
/// </summary>
public static class MyDocuments
{
    public static Task<Person?> PersonOfAsync(AppDbContext db, string? userId, CancellationToken ct = default) =>
        userId is null ? Task.FromResult<Person?>(null) : db.People.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId && p.IsActive, ct);

    public static bool Names(PolicyDocument document, Guid personId) =>
        AcknowledgementStatus.Acknowledgers(document).Any(p => p.PersonId == personId);

    /// <summary>
    /// Published (current) versions that name the person and that they have not acknowledged yet: one query over the
    /// person's rows of <see cref="DocumentAcknowledger"/>, whatever the size of the archive.
    /// </summary>
    public static async Task<IReadOnlyList<MyDocument>> PendingAsync(AppDbContext db, Guid personId, CancellationToken ct = default) =>
        await (from required in db.DocumentAcknowledgers
               where required.PersonId == personId
               join d in db.Documents on required.DocumentId equals d.Id
               where d.Status == DocumentStatus.Published && !db.Acknowledgements.Any(a => a.DocumentId == d.Id && a.PersonId == personId)
               orderby d.Number
               select new MyDocument(d.Id, d.Kind, d.TypeName, d.Number, d.Date, d.Title, d.PublishedAt, d.SupersededAt))
            .AsNoTracking().ToListAsync(ct);

    /// <summary>What the person has acknowledged, newest first: their acknowledgements and those documents' titles only.</summary>
    public static async Task<IReadOnlyList<(MyDocument Document, Acknowledgement Acknowledgement)>> AcknowledgedAsync(AppDbContext db, Guid personId, CancellationToken ct = default)
    {
        var rows = await (from a in db.Acknowledgements
                          where a.PersonId == personId
                          join d in db.Documents on a.DocumentId equals d.Id
                          orderby a.Id descending
                          select new { Document = new MyDocument(d.Id, d.Kind, d.TypeName, d.Number, d.Date, d.Title, d.PublishedAt, d.SupersededAt), Acknowledgement = a })
            .AsNoTracking().ToListAsync(ct);
        return rows.Select(r => (r.Document, r.Acknowledgement)).ToList();
    }
}

/// <summary>A document as «Мои документы» lists it: no content, no snapshot.</summary>
public sealed record MyDocument(Guid Id, DocumentKind Kind, string TypeName, string Number, DateOnly? Date, string Title, DateTimeOffset? PublishedAt, DateTimeOffset? SupersededAt)
{
    public string ShortTitle => DocumentTitles.Short(Kind, TypeName, Number, Date);
}
