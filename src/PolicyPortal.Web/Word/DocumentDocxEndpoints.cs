using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Word;

/// <summary>
/// «Скачать DOCX»: the director's Word copy of a draft or of a published document, built on request; beside each
/// appendix's own PDF, that appendix alone, as its PDF has it.
/// </summary>
public static class DocumentDocxEndpoints
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string Link(Guid id) => $"/director/documents/{id}/docx";

    public static string AppendixLink(Guid id, int number) => $"/director/documents/{id}/appendix/{number}/docx";

    public static IEndpointRouteBuilder MapDocumentDocx(this IEndpointRouteBuilder app)
    {
        app.MapGet("/director/documents/{id:guid}/docx", (Guid id, AppDbContext db, InstitutionAddresses addresses, HttpContext http, CancellationToken ct) =>
                DownloadAsync(id, null, db, addresses, http, ct))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Director));
        app.MapGet("/director/documents/{id:guid}/appendix/{number:int}/docx", (Guid id, int number, AppDbContext db, InstitutionAddresses addresses, HttpContext http, CancellationToken ct) =>
                DownloadAsync(id, number, db, addresses, http, ct))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Director));
        return app;
    }

    private static async Task<IResult> DownloadAsync(Guid id, int? appendix, AppDbContext db, InstitutionAddresses addresses, HttpContext http, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null)
        {
            return Results.NotFound();
        }

        var view = DocumentView.Of(document, (await addresses.CurrentAsync(ct)).DocumentLink(id)) with { OnlyAppendix = appendix };
        if (appendix is not null && !view.Appendices().Any())
        {
            return Results.NotFound();
        }

        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = "\"document.docx\"", FileNameStar = DocumentFileNames.Docx(view) };
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(DocumentDocx.Build(view), ContentType);
    }
}
