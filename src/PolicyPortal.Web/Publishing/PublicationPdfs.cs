using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Publishing;

/// <summary>
/// Renders the PDFs of a published document once, from its snapshot: the package and one file per appendix.
/// Ready files are never touched again; if the browser cannot start, the files stay Pending with the reason and
/// <see cref="PendingPdfRetrier"/> tries again. Publishing never fails because of a PDF.
/// </summary>
public sealed class PublicationPdfs(AppDbContext db, PdfRenderer renderer, InstitutionAddresses addresses, TimeProvider time, ILogger<PublicationPdfs> logger)
{
    public async Task RenderAsync(Guid documentId, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, ct);
        if (document?.SnapshotJson is null)
        {
            return; // Drafts have no stored PDFs: their preview is rendered on demand.
        }

        var view = DocumentView.Of(document, (await addresses.CurrentAsync(ct)).DocumentLink(documentId));
        var files = await db.PublishedFiles.Where(f => f.DocumentId == documentId).ToListAsync(ct);
        string? browserProblem = null;
        foreach (var (kind, number, part) in Parts(view))
        {
            var file = files.SingleOrDefault(f => f.Kind == kind && f.AppendixNumber == number);
            if (file?.Status == PublishedFileStatus.Ready)
            {
                continue;
            }

            if (file is null)
            {
                file = PublishedFile.Pending(documentId, kind, number, DocumentFileNames.Pdf(part), time.GetUtcNow());
                db.PublishedFiles.Add(file);
            }

            if (browserProblem is not null)
            {
                file.Fail(browserProblem);
                continue;
            }

            try
            {
                file.Complete(await renderer.RenderDocumentAsync(part, ct), time.GetUtcNow());
            }
            catch (PdfUnavailableException e)
            {
                logger.LogWarning(e, "PDF of document {DocumentId} left pending.", documentId);
                browserProblem = e.Message;
                file.Fail(browserProblem);
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // Another render of the same document (publication and retry at once) stored its files first.
            logger.LogInformation(e, "PDFs of document {DocumentId} were stored by a concurrent render.", documentId);
        }
    }

    private static IEnumerable<(PublishedFileKind Kind, int Number, DocumentView Part)> Parts(DocumentView view)
    {
        yield return (PublishedFileKind.Package, 0, view);
        foreach (var (_, number) in view.Appendices())
        {
            yield return (PublishedFileKind.Appendix, number, view with { OnlyAppendix = number });
        }
    }
}
