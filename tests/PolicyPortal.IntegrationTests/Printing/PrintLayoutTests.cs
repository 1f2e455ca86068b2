using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.IntegrationTests.Word;
using PolicyPortal.Web.Printing;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace PolicyPortal.IntegrationTests.Printing;

/// <summary>Layout measured on the printed PDFs of the model templates, the seeds and the sample documents, page by page.</summary>
public sealed class PrintLayoutTests(PrintModelTests.Portal portal, ITestOutputHelper output) : IClassFixture<PrintModelTests.Portal>
{
    public static TheoryData<string> Documents => [.. DocxSamples.AllWithFidelity, "procedure", "order-following-source"];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_qr_code_stands_inside_the_printable_area_of_page_one(string name)
    {
        var pdf = await PdfAsync(name);

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var qr = Assert.Single(page.GetImages()).BoundingBox;
        var fromBottom = Mm(qr.Bottom);
        var fromRight = Mm(page.Width - qr.Right);
        output.WriteLine($"{name}: QR {Mm(qr.Width):0.0} mm, {fromBottom:0.0} mm from the bottom edge, {fromRight:0.0} mm from the right edge");
        // Office printers leave up to 5 mm unprinted at each edge; the QR keeps twice that.
        Assert.InRange(fromBottom, 10 - 0.5, 20);
        Assert.InRange(fromRight, 15 - 0.5, 20);
        // It stays below the text: the lowest word of page 1 is above it.
        Assert.True(page.GetWords().Min(w => w.BoundingBox.Bottom) > qr.Top, "a word of page 1 overlaps the QR code");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task No_page_holds_a_single_line_or_ends_with_a_heading_or_a_table_header(string name)
    {
        var pdf = await PdfAsync(name);
        var content = Content(name);
        using var document = PdfDocument.Open(pdf);
        var pages = PdfText.PageLines(pdf, document.NumberOfPages);
        string[] headings =
        [
            .. content.Appendices.SelectMany(a => a.Sections).Where(s => s.Title.Length > 0).Select(s => PdfReading.Normal($"{s.Number} {s.Title}")),
            .. content.Appendices.Where(a => a.Title.Length > 0).Select(a => PdfReading.Normal(a.Title)),
        ];

        for (var p = 0; p < pages.Count; p++)
        {
            // The page number at the top of pages 2… is not a line of the text.
            var lines = pages[p].Where(l => l != (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(PdfReading.Normal).ToList();
            output.WriteLine($"{name} page {p + 1}: {lines.Count} lines, last «{lines.LastOrDefault()}»");
            Assert.True(lines.Count >= 2, $"page {p + 1} of {name} holds {lines.Count} line(s): «{string.Join(" / ", lines)}»");
            if (p < pages.Count - 1)
            {
                var last = lines[^1];
                Assert.False(headings.Any(h => h.Length > 0 && (h == last || h.EndsWith(last, StringComparison.Ordinal) && last.Length > 12)),
                    $"page {p + 1} of {name} ends with the heading «{last}»");
                Assert.False(last.StartsWith("№ п/п", StringComparison.Ordinal) || last.StartsWith("Должность Подпись", StringComparison.Ordinal),
                    $"page {p + 1} of {name} ends with a table's header row «{last}»");
            }
        }
    }

    private static DocumentContent Content(string name) => name switch
    {
        "procedure" => PrintSamples.ProcedureApprovedByOrder(),
        "order-following-source" => PrintSamples.OrderFollowingTheSource(),
        _ => DocxSamples.Content(name),
    };

    private async Task<byte[]> PdfAsync(string name)
    {
        var view = name.StartsWith("procedure", StringComparison.Ordinal) || name.StartsWith("order-", StringComparison.Ordinal)
            ? PrintModelTests.View(Content(name))
            : DocxSamples.View(name);
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var pdf = await scope.ServiceProvider.GetRequiredService<PdfRenderer>().RenderDocumentAsync(view, CancellationToken.None);
        if (Environment.GetEnvironmentVariable("PP_PDF_OUT") is { Length: > 0 } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(folder).FullName, $"layout-{name}.pdf"), pdf);
        }

        return pdf;
    }

    private static double Mm(double points) => points / 72 * 25.4;
}
