using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.IntegrationTests.Printing;
using PolicyPortal.Web.Printing;
using PolicyPortal.Web.Word;
using Xunit.Abstractions;

namespace PolicyPortal.IntegrationTests.Word;

/// <summary>
/// The Word file opened by another office suite: LibreOffice prints it, and the words read back from its PDF are the
/// portal's own PDF's words in the same order. A picture of each kind of page of both is kept for a person to compare.
/// </summary>
public sealed class DocxLibreOfficeTests(DocxLibreOfficeTests.Portal portal, ITestOutputHelper output) : IClassFixture<DocxLibreOfficeTests.Portal>
{
    public sealed class Portal : IDisposable
    {
        public PdfPortalFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    public static readonly string Artefacts = Environment.GetEnvironmentVariable("PP_DOCX_OUT") is { Length: > 0 } folder
        ? folder
        : Path.Combine(Path.GetTempPath(), "policyportal-docx");

    /// <summary>The seeds and model templates, and the fidelity document whose source puts date, place and number on one line.</summary>
    public static TheoryData<string> Samples => [.. DocxSamples.All, "Fidelity/f08-order-date-place-number-one-line"];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task LibreOffice_prints_the_word_file_with_the_words_of_the_portals_pdf_in_order(string name)
    {
        var view = DocxSamples.View(name);
        var folder = Directory.CreateDirectory(Path.Combine(Artefacts, name)).FullName;
        var docx = Path.Combine(folder, Path.GetFileName(name) + ".docx");
        await File.WriteAllBytesAsync(docx, DocumentDocx.Build(view));
        var portalPdf = Path.Combine(folder, Path.GetFileName(name) + ".portal.pdf");
        await File.WriteAllBytesAsync(portalPdf, await RenderAsync(view));

        var officePdf = await LibreOffice.ToPdfAsync(docx);

        var portalPages = PdfReading.PageTexts(await File.ReadAllBytesAsync(portalPdf));
        var officePages = PdfReading.PageTexts(officePdf);
        var portalWords = ContentOfPages(portalPages, view.IsDraft);
        var officeWords = ContentOfPages(officePages, view.IsDraft);
        var share = PdfReading.ShareInOrder(portalWords, officeWords);
        output.WriteLine($"{name}: {share:P2} of the portal PDF's words in order; pages: portal {portalPages.Count}, LibreOffice {officePages.Count}; pictures in {folder}");
        PdfReading.DifferencesInOrder(portalWords, officeWords).ForEach(output.WriteLine);
        await KeepPicturesAsync(view, portalPdf, portalPages, Path.ChangeExtension(docx, ".pdf"), officePages, folder);
        Assert.True(share >= 0.99, $"only {share:P2} of the portal PDF's words are in LibreOffice's PDF in order");
        Assert.InRange(officePages.Count, portalPages.Count - 2, portalPages.Count + 2);
    }

    /// <summary>A document whose own marks stand beside its grif (Balakovo) and one whose appendices' marks do (the college's model).</summary>
    public static TheoryData<string> MarksBesideGrif => [DocxSamples.Balakovo, DocxSamples.CollegeModel];

    /// <summary>
    /// LibreOffice prints the marks at the left beside the grif at the right, as the portal's PDF does: `pdftotext -layout`
    /// puts the first line of the left marks and the grif's first line on one text line. A picture of each such page is kept.
    /// </summary>
    [Theory]
    [MemberData(nameof(MarksBesideGrif))]
    public async Task LibreOffice_prints_the_marks_at_the_left_on_the_grif_s_lines_beside_it(string name)
    {
        var view = DocxSamples.View(name);
        var folder = Directory.CreateDirectory(Path.Combine(Artefacts, name + "-beside")).FullName;
        var docx = Path.Combine(folder, Path.GetFileName(name) + ".docx");
        await File.WriteAllBytesAsync(docx, DocumentDocx.Build(view));
        var rows = DocxLayoutTests.MarksBesideGrif(view).ToList();
        Assert.NotEmpty(rows);

        var officePdf = await LibreOffice.ToPdfAsync(docx);

        var pages = PdfText.Copied(officePdf, layout: true).Split('\f');
        var searchFrom = 0;
        foreach (var (where, left, right) in rows)
        {
            // «ПРИНЯТО                 УТВЕРЖДЕНО»: the left's first line, then spaces, then the grif's first line, on one line.
            var beside = new Regex($@"^\s*{Regex.Escape(left[0])}\s{{2,}}{Regex.Escape(right[0])}\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
            var page = Enumerable.Range(searchFrom, pages.Length - searchFrom).FirstOrDefault(p => beside.IsMatch(pages[p]), -1);
            output.WriteLine($"{name}, {where}: «{left[0]}» beside «{right[0]}» on page {page + 1}");
            Assert.True(page >= 0, $"{where}: no line of LibreOffice's PDF has «{left[0]}» at the left and «{right[0]}» beside it:\n{string.Join("\n\f", pages)}");
            await LibreOffice.PageToPngAsync(Path.ChangeExtension(docx, ".pdf"), page + 1, Path.Combine(folder, $"{where.Replace(' ', '-')}.docx.png"));
            searchFrom = page + 1;
        }
    }

    /// <summary>
    /// The words of the pages without their furniture, which each PDF draws at its own place in the reading order: a
    /// draft's «ПРОЕКТ» (the portal's rotated watermark across the middle of each page, the Word file's header line and
    /// first-page notice) and the page number standing first or last on a page.
    /// </summary>
    private static List<string> ContentOfPages(IReadOnlyList<string> pages, bool draft)
    {
        var words = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = PdfReading.Words(pages[i]).Where(w => !draft || w != "проект").ToList();
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (i > 0 && page.Count > 0 && page[0] == number)
            {
                page.RemoveAt(0);
            }
            else if (i > 0 && page.Count > 0 && page[^1] == number)
            {
                page.RemoveAt(page.Count - 1);
            }

            words.AddRange(page);
        }

        return words;
    }

    private async Task<byte[]> RenderAsync(DocumentView view)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PdfRenderer>().RenderDocumentAsync(view, CancellationToken.None);
    }

    private static bool IsGrifPage(string text, string marker) =>
        text.Contains(marker + "УТВЕРЖДЕНО", StringComparison.Ordinal) || text.Contains(marker + "к ", StringComparison.Ordinal);

    /// <summary>Page 1, page 2, and the first page of each kind of appendix, from both PDFs side by side.</summary>
    private static async Task KeepPicturesAsync(DocumentView view, string portalPdf, IReadOnlyList<string> portalPages, string officePdf, IReadOnlyList<string> officePages, string folder)
    {
        var kinds = new Dictionary<string, string> { ["page-1"] = "", ["page-2"] = "" };
        foreach (var (appendix, number) in view.Appendices())
        {
            kinds.TryAdd($"appendix-{appendix.Kind}", $"Приложение {number} ");
        }

        foreach (var (kind, marker) in kinds)
        {
            foreach (var (pdf, pages, suffix) in new[] { (portalPdf, portalPages, "portal"), (officePdf, officePages, "docx") })
            {
                var page = marker.Length == 0 ? int.Parse(kind[5..], CultureInfo.InvariantCulture) : 1 + Enumerable.Range(1, pages.Count - 1).FirstOrDefault(p => IsGrifPage(pages[p], marker));
                if (page <= pages.Count && page > 0)
                {
                    await LibreOffice.PageToPngAsync(pdf, page, Path.Combine(folder, $"{kind}.{suffix}.png"));
                }
            }
        }
    }
}
