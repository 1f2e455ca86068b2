using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.Web.Printing;
using PolicyPortal.Web.Word;

namespace PolicyPortal.IntegrationTests.Word;

/// <summary>
/// The document's grif and the marks beside it stand in the Word file in the order and at the side the portal's PDF has
/// them. An appendix keeps «Приложение N» first (DocumentDocx.AppendixGrifRow): only its marks' words are checked there.
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
    private const string AppendixRight = "Эпсилонсоветом";

    [Fact]
    public async Task The_document_s_marks_at_the_left_come_before_its_grif_and_those_at_the_right_after_it_as_in_the_pdf()
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
        var id = Guid.NewGuid();
        var view = new DocumentView(content, id, DocumentStatus.Published, PdfPortalFactory.PublishedAt, new string('a', 64), $"{PdfPortalFactory.BaseUrl}/documents/{id}");

        var paragraphs = Paragraphs(DocumentDocx.Build(view));
        var pdf = string.Join(' ', PdfReading.PageTexts(await RenderAsync(view)));

        string[] places = [DocumentLeft, DocumentGrif, DocumentRight];
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

        // At the side the PDF puts them: the left marks at the left margin, the right ones under the grif, indented as it is.
        var grif = paragraphs[inDocx[1]].Left;
        Assert.True(grif > 0);
        Assert.Equal(0, paragraphs[inDocx[0]].Left);
        Assert.Equal(grif, paragraphs[inDocx[2]].Left);
        Assert.Contains(paragraphs.Skip(inDocx[^1]), p => p.Text.Contains(AppendixLeft, StringComparison.Ordinal));
        Assert.Contains(paragraphs.Skip(inDocx[^1]), p => p.Text.Contains(AppendixRight, StringComparison.Ordinal));
    }

    private static List<(string Text, int Left)> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        return [.. word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => (p.InnerText, int.TryParse(p.ParagraphProperties?.Indentation?.Left?.Value, out var left) ? left : 0))];
    }

    private async Task<byte[]> RenderAsync(DocumentView view)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PdfRenderer>().RenderDocumentAsync(view, CancellationToken.None);
    }
}
