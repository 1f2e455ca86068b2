using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Import;
using PolicyPortal.IntegrationTests.Word;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>
/// The twelve fidelity documents (tests/Seeds/Fidelity), imported, published and printed: the PDF read back in
/// reading order holds every word the import recognised, in order, and no word the source lacks besides the
/// portal's own requisites (page numbers, the QR caption and publication mark, «Приложение N», the grif's words).
/// </summary>
public sealed class FidelityPdfTests(SeedPdfTests.Portal portal) : IClassFixture<SeedPdfTests.Portal>
{
    /// <summary>Words the portal adds of its own: the publication mark and QR caption, grif and acknowledgement wording.</summary>
    private static readonly HashSet<string> PortalWords =
    [
        "документ", "опубликован", "на", "сайте", "страница", "из", "проверить", "подлинность", "подлинности", "qr", "код",
        "https", "uvarovo", "college", "test", "documents", "sha", "приложение", "утверждено", "приказом", "директора",
        "от", "к", "приказу", "положению", "порядку", "правилам", "регламенту", "г", "ознакомлены", "с",
        // The column headers of the acknowledgement table, printed when the source has «С приказом ознакомлены».
        "должность", "подпись", "фамилия", "имя", "отчество", "дата",
    ];

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

        var pdfWords = PdfReading.Words(string.Join(' ', PdfReading.PageTexts(pdf)));
        Assert.Null(PdfReading.FirstMissingInOrder(PdfReading.ContentWords(content), pdfWords));
        var sourceWords = PdfReading.Words(source.Replace("Nº", "№", StringComparison.Ordinal)).ToHashSet();
        var extra = pdfWords.Where(w => !sourceWords.Contains(w) && !PortalWords.Contains(w) && !w.All(char.IsAsciiDigit) && w.Length > 1).Distinct().ToList();
        Assert.True(extra.Count == 0, $"{name}: the PDF has words its source lacks: {string.Join(", ", extra)}");
    }
}
