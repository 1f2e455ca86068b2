using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.Web.Printing;
using PolicyPortal.Web.Word;

namespace PolicyPortal.IntegrationTests.Word;

/// <summary>
/// The document's grif and the marks beside it, and each appendix's, stand in the Word file in the order and at the side
/// the portal's PDF has them: the top-left marks, then the grif («Приложение N» included), then the top-right marks.
/// </summary>
public sealed class DocxGrifOrderTests(DocxGrifOrderTests.Portal portal) : IClassFixture<DocxGrifOrderTests.Portal>
{
    public sealed class Portal : IDisposable
    {
        public PdfPortalFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    // Words found nowhere else in the document, one per place.
    private const string DocumentLeft = "Альфасоветом";
    private const string DocumentGrif = "Бетаколледжа";
    private const string DocumentRight = "Гаммасоветом";
    private const string AppendixLeft = "Дельтасоветом";
    private const string AppendixGrif = "Зетаколледжа";
    private const string AppendixRight = "Эпсилонсоветом";

    [Fact]
    public async Task The_marks_at_the_left_come_before_the_grif_and_those_at_the_right_after_it_as_in_the_pdf_for_the_document_and_its_appendix()
    {
        var content = PdfPortalFactory.CollegeOrder();
        content.Approval = new DocumentApproval { Form = ApprovalForm.ByOrder, Keyword = "УТВЕРЖДЕНО", OrderAuthority = $"директора {DocumentGrif}", OrderNumber = "422" };
        content.ApprovalMarks =
        [
            new ApprovalMark { Kind = MarkKind.Agreed, Body = DocumentLeft, ProtocolNumber = "1", Placement = MarkPlacement.TopLeft },
            new ApprovalMark { Kind = MarkKind.Accepted, Body = DocumentRight, ProtocolNumber = "2", Placement = MarkPlacement.TopRight },
        ];
        content.Appendices[0].ApprovalMarks =
        [
            new ApprovalMark { Kind = MarkKind.Agreed, Body = AppendixLeft, ProtocolNumber = "3", Placement = MarkPlacement.TopLeft },
            new ApprovalMark { Kind = MarkKind.Considered, Body = AppendixRight, ProtocolNumber = "4", Placement = MarkPlacement.TopRight },
        ];
        content.Appendices[0].GrifOverride = $"Приложение 1\nк приказу {AppendixGrif}\nот 01.09.2025 № 422";
        var id = Guid.NewGuid();
        var view = new DocumentView(content, id, DocumentStatus.Published, PdfPortalFactory.PublishedAt, new string('a', 64), $"{PdfPortalFactory.BaseUrl}/documents/{id}");

        var paragraphs = Paragraphs(DocumentDocx.Build(view));
        var pdf = string.Join(' ', PdfReading.PageTexts(await RenderAsync(view)));

        string[] places = [DocumentLeft, DocumentGrif, DocumentRight, AppendixLeft, AppendixGrif, AppendixRight];
        // Each place looked for after the one before: a place out of order is not found.
        var inPdf = new List<int>();
        var inDocx = new List<int>();
        foreach (var place in places)
        {
            inPdf.Add(pdf.IndexOf(place, inPdf.Count == 0 ? 0 : Math.Max(0, inPdf[^1]), StringComparison.Ordinal));
            inDocx.Add(paragraphs.FindIndex(inDocx.Count == 0 ? 0 : Math.Max(0, inDocx[^1]), x => x.Text.Contains(place, StringComparison.Ordinal)));
        }

        Assert.True(!inPdf.Contains(-1), $"the portal's PDF: {string.Join(", ", places.Zip(inPdf))}");
        Assert.True(!inDocx.Contains(-1), $"the Word file: {string.Join(", ", places.Zip(inDocx))}");

        // At the side the PDF puts them: the left marks in the left cell of a row, the grif and the right marks under it in its right cell.
        foreach (var at in (int[])[0, 3])
        {
            var row = paragraphs[inDocx[at]].Row;
            Assert.True(row >= 0, places[at]);
            Assert.Equal([(row, 0), (row, 1), (row, 1)], inDocx.Skip(at).Take(3).Select(i => (paragraphs[i].Row, paragraphs[i].Cell)));
        }

        // «Приложение 1» heads the appendix's grif, after the appendix's left marks, as in the PDF.
        var heading = paragraphs.FindIndex(inDocx[3], p => p.Text == "Приложение 1");
        Assert.InRange(heading, inDocx[3] + 1, inDocx[4] - 1);
        var pdfHeading = pdf.IndexOf("Приложение 1", inPdf[3], StringComparison.Ordinal);
        Assert.InRange(pdfHeading, inPdf[3] + 1, inPdf[4] - 1);
    }

    /// <summary>Each paragraph with the body-level table it stands in (-1 outside a table) and its cell's place in the row.</summary>
    private static List<(string Text, int Row, int Cell)> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<Table>().ToList();
        return [.. body.Descendants<Paragraph>().Select(p => (
            p.InnerText,
            p.Ancestors<Table>().LastOrDefault() is { } table ? tables.IndexOf(table) : -1,
            p.Ancestors<TableCell>().FirstOrDefault() is { } cell ? cell.ElementsBefore().OfType<TableCell>().Count() : -1))];
    }

    private async Task<byte[]> RenderAsync(DocumentView view)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PdfRenderer>().RenderDocumentAsync(view, CancellationToken.None);
    }
}
