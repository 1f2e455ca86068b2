using System.Reflection;

namespace PolicyPortal.Web.Printing;

/// <summary>Renders a print partial with its model to a PDF: the documents themselves and the acknowledgement sheet.</summary>
public sealed class PdfRenderer(RazorViewRenderer views, ChromiumPdf chromium)
{
    public const string PrintPageView = "/Pages/Shared/Printing/_PrintPage.cshtml";

    private static readonly Lazy<string> PrintCss = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PolicyPortal.Web.print.css")
            ?? throw new InvalidOperationException("print.css is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <param name="qrPayload">The link the QR code on page 1 encodes, or null for no QR code.</param>
    public async Task<byte[]> RenderAsync(string title, string partialName, object model, string? qrPayload, bool isDraft, CancellationToken ct)
    {
        var page = new PrintPage(title, partialName, model, PrintCss.Value, qrPayload is null ? null : DocumentQr.CssImage(qrPayload), isDraft);
        var html = await RenderHtmlAsync(page);
        return await chromium.PrintAsync(html, ct);
    }

    public Task<byte[]> RenderDocumentAsync(DocumentView view, CancellationToken ct) =>
        RenderAsync(DocumentFileNames.Title(view), "_Document", view, view.PublicLink, view.IsDraft, ct);

    public Task<string> RenderHtmlAsync(PrintPage page) => views.RenderAsync(PrintPageView, page);
}
