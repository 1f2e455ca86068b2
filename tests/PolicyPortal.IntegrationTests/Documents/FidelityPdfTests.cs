using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Import;
using PolicyPortal.IntegrationTests.Word;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>
/// The fidelity documents (tests/Seeds/Fidelity), imported, published and printed: the PDF read back in
/// reading order holds every word the import recognised, in order, and no word the source lacks besides the
/// portal's own requisites, listed with their reasons in <see cref="PortalRequisites"/> (each occurrence counts).
/// </summary>
public sealed class FidelityPdfTests(SeedPdfTests.Portal portal) : IClassFixture<SeedPdfTests.Portal>
{
    public static TheoryData<string> Documents => [.. DocxSamples.Fidelity.Where(n => !n.Contains("docx", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_fidelity_document_prints_every_recognised_word_in_order_and_nothing_the_source_lacks(string name)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", name + ".txt"));
        var content = DocumentImporter.Import(source).Content;
        var document = await portal.Factory.SaveAsync(content);
        await portal.Factory.RenderPdfsAsync(document.Id);
        byte[] pdf;
        await using (var scope = portal.Factory.Scope(out var db))
        {
            pdf = (await db.PublishedFiles.AsNoTracking().SingleAsync(f => f.DocumentId == document.Id && f.Kind == PublishedFileKind.Package)).Bytes;
        }

        var pages = PdfReading.PageTexts(pdf);
        Assert.Null(PdfReading.FirstMissingInOrder(PdfReading.ContentWords(content), PdfReading.Words(string.Join(' ', pages))));
        var extra = PortalRequisites.NotInSource(source, pages);
        Assert.True(extra.Count == 0, $"{name}: the PDF prints words its source lacks (not the portal's own requisites): {PortalRequisites.InContext(extra, pages)}");
    }
}
