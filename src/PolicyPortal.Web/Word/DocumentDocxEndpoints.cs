using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Word;

/// <summary>«Скачать DOCX»: the director's Word copy of a draft or of a published document, built on request.</summary>
public static class DocumentDocxEndpoints
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string Link(Guid id) => $"/director/documents/{id}/docx";

    public static IEndpointRouteBuilder MapDocumentDocx(this IEndpointRouteBuilder app)
    {
        app.MapGet("/director/documents/{id:guid}/docx", DownloadAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Director));
        return app;
    }

    private static async Task<IResult> DownloadAsync(Guid id, AppDbContext db, InstitutionAddresses addresses, HttpContext http, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null)
        {
            return Results.NotFound();
        }

        var view = DocumentView.Of(document, (await addresses.CurrentAsync(ct)).DocumentLink(id));
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = "\"document.docx\"", FileNameStar = DocumentFileNames.Docx(view) };
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(DocumentDocx.Build(view), ContentType);
    }
}
