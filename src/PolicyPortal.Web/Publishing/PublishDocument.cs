using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Public;

namespace PolicyPortal.Web.Publishing;

public enum PublishStatus
{
    Published,
    NotFound,
    NotADraft,
    Conflict,
    Blocked,
}

public sealed record PublishOutcome(PublishStatus Status, CheckResult? Check = null);

/// <summary>
/// Publishes a draft: the document checks itself and freezes its snapshot, marks the document it replaces «утратил силу», and writes
/// the audit log, all in one SaveChanges; evicts the cached public pages; then prints its PDFs. Used by the publish page and by the `import --publish` command.
/// </summary>
public sealed class PublishDocument(
    AppDbContext db, PublicationPdfs pdfs, IOutputCacheStore publicPagesCache, InstitutionInfo institution, TimeProvider time, ILogger<PublishDocument> logger)
{
    public async Task<PublishOutcome> RunAsync(Guid id, string userName, int? expectedRevision, Guid? supersedesId, bool isImportOfApprovedDocument = false)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            return new(PublishStatus.NotFound);
        }

        if (!document.IsDraft)
        {
            return new(PublishStatus.NotADraft);
        }

        if (expectedRevision is { } revision && revision != document.Revision)
        {
            return new(PublishStatus.Conflict);
        }

        var now = time.GetUtcNow();
        PolicyDocument? earlier = null;
        if (supersedesId is { } earlierId && earlierId != id)
        {
            earlier = await db.Documents.FirstOrDefaultAsync(d => d.Id == earlierId && d.Status == DocumentStatus.Published);
        }

        if (earlier?.Id != document.SupersedesId)
        {
            document.SetSupersedes(earlier?.Id);
        }

        // The document refuses when its check blocks; nothing is saved then.
        var check = document.Publish(await DocumentChecks.ForAsync(db, document, isImportOfApprovedDocument), userName, now);
        if (!check.CanPublish)
        {
            return new(PublishStatus.Blocked, check);
        }

        db.AuditLog.Add(AuditEntry.Record(now, userName, AuditActions.Publish, document.Id.ToString(), $"№ {document.Number} от {document.Date:dd.MM.yyyy}; SHA-256 {document.SnapshotHash}"));
        if (earlier is not null)
        {
            earlier.SupersedeBy(document, now);
            db.AuditLog.Add(AuditEntry.Record(now, userName, AuditActions.Supersede, earlier.Id.ToString(), $"утратил силу: заменён документом № {document.Number} от {document.Date:dd.MM.yyyy}"));
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(PublishStatus.Conflict, check);
        }
        catch (DbUpdateException) when (db.Database.CurrentTransaction is null)
        {
            // Two posts at once (a double click): the other one's acknowledgement list was saved first. That publication
            // stands and this one is a conflict; anything else is a real failure.
            if (!await db.Documents.AsNoTracking().AnyAsync(d => d.Id == id && d.Status != DocumentStatus.Draft))
            {
                throw;
            }

            return new(PublishStatus.Conflict, check);
        }

        // The public pages show the new document (and the earlier one as «утратил силу») from the next request on, and the
        // header the name it gives when the profile has none.
        institution.Forget();
        await PublicPages.EvictAsync(publicPagesCache, db.InstitutionId);

        logger.LogInformation("{User} published document {Id} № {Number} (supersedes {Earlier})", userName, document.Id, document.Number, earlier?.Id);

        // Printed once, now. If the browser is unavailable the files stay pending and are retried; the publication stands.
        await pdfs.RenderAsync(document.Id, CancellationToken.None);
        return new(PublishStatus.Published, check);
    }
}
