using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Publishing;

/// <summary>Runs the publication check with what only the database knows: used numbers of the year, the prohibited list.</summary>
public static class DocumentChecks
{
    public static async Task<CheckResult> CheckAsync(AppDbContext db, Guid documentId, DocumentContent content, bool isImportOfApprovedDocument = false) =>
        (await ForAsync(db, documentId, content.Requisites.Date?.Year, isImportOfApprovedDocument)).Check(content);

    /// <summary>The check a draft publishes with (<see cref="PolicyDocument.Publish"/> runs it on the draft's own content).</summary>
    public static Task<PublicationCheck> ForAsync(AppDbContext db, PolicyDocument draft, bool isImportOfApprovedDocument = false) =>
        ForAsync(db, draft.Id, draft.Date?.Year, isImportOfApprovedDocument);

    private static async Task<PublicationCheck> ForAsync(AppDbContext db, Guid documentId, int? year, bool isImportOfApprovedDocument)
    {
        var others = await db.Documents.AsNoTracking()
            .Where(d => d.Status != DocumentStatus.Draft && d.Id != documentId && d.Date != null)
            .Select(d => new { d.Number, d.Date })
            .ToListAsync();
        var usedNumbers = others.Where(d => d.Date!.Value.Year == year).Select(d => d.Number).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var prohibited = await db.ProhibitedServices.AsNoTracking().Select(p => p.Name).ToListAsync();
        return new PublicationCheck(new PublicationContext(usedNumbers, prohibited, isImportOfApprovedDocument));
    }
}
