using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.Web.Printing;

/// <summary>
/// Stored PDFs of published documents, open to everyone and never rendered per request; the draft preview,
/// rendered on demand for the director with the «ПРОЕКТ» watermark.
/// </summary>
public static class DocumentPdfEndpoints
{
    public const string SupersededPrefix = "Утратил силу. ";

    private const string Pending = "PDF документа ещё готовится. Попробуйте открыть его через минуту.";

    public static IEndpointRouteBuilder MapDocumentPdfs(this IEndpointRouteBuilder app)
    {
        app.MapGet("/documents/{id:guid}/pdf", (Guid id, AppDbContext db, HttpContext http, CancellationToken ct) =>
                ServeStoredAsync(db, http, id, PublishedFileKind.Package, 0, ct))
            .AllowAnonymous();
        app.MapGet("/documents/{id:guid}/appendix/{number:int}/pdf", (Guid id, int number, AppDbContext db, HttpContext http, CancellationToken ct) =>
                ServeStoredAsync(db, http, id, PublishedFileKind.Appendix, number, ct))
            .AllowAnonymous();
        app.MapGet("/director/documents/{id:guid}/preview.pdf", PreviewAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Director));
        return app;
    }

    private static async Task<IResult> ServeStoredAsync(AppDbContext db, HttpContext http, Guid id, PublishedFileKind kind, int number, CancellationToken ct)
    {
        var status = await db.Documents.Where(d => d.Id == id && d.Status != DocumentStatus.Draft).Select(d => (DocumentStatus?)d.Status).SingleOrDefaultAsync(ct);
        if (status is null)
        {
            return Results.NotFound();
        }

        var file = await db.PublishedFiles.AsNoTracking()
            .SingleOrDefaultAsync(f => f.DocumentId == id && f.Kind == kind && f.AppendixNumber == number, ct);
        if (file is null && kind == PublishedFileKind.Appendix)
        {
            return Results.NotFound();
        }

        if (file is not { Status: PublishedFileStatus.Ready })
        {
            http.Response.Headers.RetryAfter = "60";
            return Results.Text(Pending, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        http.Response.Headers.CacheControl = "public, max-age=86400";
        // A superseded document is saved as such; its bytes stay those that were signed (their SHA-256 still verifies).
        var name = status == DocumentStatus.Superseded ? SupersededPrefix + file.FileName : file.FileName;
        return Pdf(http, file.Bytes, name, $"\"{file.Sha256}\"");
    }

    private static async Task<IResult> PreviewAsync(Guid id, AppDbContext db, PdfRenderer renderer, InstitutionAddresses addresses, HttpContext http, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null)
        {
            return Results.NotFound();
        }

        var view = DocumentView.Of(document, (await addresses.CurrentAsync(ct)).DocumentLink(id));
        try
        {
            var bytes = await renderer.RenderDocumentAsync(view, ct);
            return Pdf(http, bytes, (view.IsDraft ? "Проект. " : "") + DocumentFileNames.Pdf(view), etag: null);
        }
        catch (PdfUnavailableException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>Shown in the browser, saved under its Cyrillic name (RFC 6266 / RFC 5987 filename*).</summary>
    private static IResult Pdf(HttpContext http, byte[] bytes, string fileName, string? etag)
    {
        var disposition = new ContentDispositionHeaderValue("inline") { FileName = "\"document.pdf\"", FileNameStar = fileName };
        http.Response.Headers.ContentDisposition = disposition.ToString();
        if (etag is not null)
        {
            http.Response.Headers.ETag = etag;
        }

        return Results.Bytes(bytes, "application/pdf");
    }
}
