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

    /// <summary>Published (current) versions that name the person and that they have not acknowledged yet.</summary>
    public static async Task<IReadOnlyList<PolicyDocument>> PendingAsync(AppDbContext db, Guid personId, CancellationToken ct = default)
    {
        var signed = await db.Acknowledgements.AsNoTracking().Where(a => a.PersonId == personId).Select(a => a.DocumentId).ToListAsync(ct);
        var published = await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Published).ToListAsync(ct);
        return published.Where(d => !signed.Contains(d.Id) && Names(d, personId)).OrderBy(d => d.Number).ToList();
    }

    public static async Task<IReadOnlyList<(PolicyDocument Document, Acknowledgement Acknowledgement)>> AcknowledgedAsync(AppDbContext db, Guid personId, CancellationToken ct = default)
    {
        var rows = await db.Acknowledgements.AsNoTracking().Where(a => a.PersonId == personId).OrderByDescending(a => a.Id).ToListAsync(ct);
        var ids = rows.Select(a => a.DocumentId).ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        return rows.Where(a => documents.ContainsKey(a.DocumentId)).Select(a => (documents[a.DocumentId], a)).ToList();
    }
}
