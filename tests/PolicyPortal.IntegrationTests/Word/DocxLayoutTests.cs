using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Printing;
using PolicyPortal.Web.Word;

namespace PolicyPortal.IntegrationTests.Word;

/// <summary>
/// The Word file's page as the PDF's (print.css, ГОСТ Р 7.0.97-2025): A4 with margins 20/15/20/20 mm, Times New Roman
/// 14 pt with Liberation Serif as its fallback, the requisites at their sides, page numbers at the top from page 2 under a
/// first page of its own, the QR code bottom right of page 1, each appendix on a new page, the lists as bordered tables.
/// The figures are written here from print.css, not taken from the code under test.
/// </summary>
public sealed class DocxLayoutTests
{
    private static int Twips(double mm) => (int)Math.Round(mm / 25.4 * 1440);

    private static readonly int TextWidth = Twips(210 - 20 - 15);

    public static TheoryData<string> Orders => [DocxSamples.CollegeModel, DocxSamples.SchoolModelDraft, DocxSamples.Uvarovo, DocxSamples.Kaliningrad];

    [Theory]
    [MemberData(nameof(DocxSamples.All), MemberType = typeof(DocxSamples))]
    public void The_page_is_a4_with_the_pdf_s_margins_and_a_first_page_of_its_own(string name)
    {
        using var word = Open(DocxSamples.View(name));

        var section = Section(word);
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((Twips(210), Twips(297)), ((int)size.Width!.Value, (int)size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((Twips(20), Twips(15), Twips(20), Twips(20)), (margin.Top!.Value, (int)margin.Right!.Value, margin.Bottom!.Value, (int)margin.Left!.Value));
        Assert.NotNull(section.GetFirstChild<TitlePage>());
    }

    [Theory]
    [MemberData(nameof(DocxSamples.All), MemberType = typeof(DocxSamples))]
    public void The_text_is_times_new_roman_14_pt_with_liberation_serif_as_its_fallback(string name)
    {
        var view = DocxSamples.View(name);
        using var word = Open(view);
        var main = word.MainDocumentPart!;

        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;
        Assert.Equal("Times New Roman|Times New Roman|Times New Roman", $"{fonts.Ascii?.Value}|{fonts.HighAnsi?.Value}|{fonts.ComplexScript?.Value}");
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
        var times = Assert.Single(main.FontTablePart!.Fonts!.Elements<Font>(), f => f.Name == "Times New Roman");
        Assert.Equal("Liberation Serif", times.GetFirstChild<AltName>()?.Val?.Value);
        Assert.Contains(main.FontTablePart.Fonts.Elements<Font>(), f => f.Name == "Liberation Serif");

        // No run names another font; outside the tables only the type line (16 pt) and «Исп.» (12 pt) leave 14 pt.
        var body = main.Document!.Body!;
        Assert.DoesNotContain(body.Descendants<RunFonts>(), f => f.Ascii?.Value is { } font && font != "Times New Roman");
        var other = body.Elements<Paragraph>().Where(p => p.Descendants<FontSize>().Any())
            .Select(p => (p.InnerText, p.Descendants<FontSize>().First().Val!.Value)).Distinct().ToList();
        var expected = new List<(string, string?)> { (view.Content.Requisites.DocumentTypeName, "32") };
        if (view.Content.Requisites.Executor.Trim().Length > 0)
        {
            expected.Add(($"Исп. {view.Content.Requisites.Executor}", "24"));
        }

        Assert.Equal(expected, other);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void The_requisites_stand_as_on_paper_date_at_the_left_place_centred_number_at_the_right_and_the_signature_across_the_line(string name)
    {
        var view = DocxSamples.View(name);
        using var word = Open(view);
        var body = word.MainDocumentPart!.Document!.Body!;
        var r = view.Content.Requisites;

        var line = body.Elements<Table>().First();
        Assert.Null(line.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>());
        var cells = line.Elements<TableRow>().Single().Elements<TableCell>().Select(c => (c.InnerText, Align(c.Descendants<Paragraph>().First()))).ToList();
        Assert.Equal(
            [(DocumentText.HeadDate(view.Content), JustificationValues.Left), (r.Place.Trim(), JustificationValues.Center), (DocumentText.HeadNumber(view.Content), JustificationValues.Right)],
            cells);
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == r.DocumentTypeName && Align(p) == JustificationValues.Center);
        // «приказываю:» (or the source's «ПРИКАЗЫВАЮ:») ends the preamble, before item 1.
        var preamble = body.Elements<Paragraph>().ToList().FindIndex(p => p.InnerText.TrimEnd().EndsWith("приказываю:", StringComparison.OrdinalIgnoreCase));
        Assert.InRange(preamble, 0, body.Elements<Paragraph>().ToList().FindIndex(p => p.InnerText.StartsWith("1. ", StringComparison.Ordinal)) - 1);

        // «Директор ……… Н.А. Ермакова»: the position at the left, a tab to the right edge of the text, the name.
        var signature = Assert.Single(body.Elements<Paragraph>(), p => p.InnerText == r.SignatoryPosition + r.SignatoryName && p.Descendants<TabChar>().Count() == 1);
        var stop = Assert.Single(signature.ParagraphProperties!.Tabs!.Elements<TabStop>());
        Assert.Equal(TabStopValues.Right, stop.Val!.Value);
        Assert.InRange(stop.Position!.Value, TextWidth - 2, TextWidth + 2);
    }

    [Theory]
    [MemberData(nameof(DocxSamples.All), MemberType = typeof(DocxSamples))]
    public void Page_numbers_stand_centred_at_the_top_from_page_2_and_the_first_page_says_what_the_file_is(string name)
    {
        var view = DocxSamples.View(name);
        using var word = Open(view);
        var main = word.MainDocumentPart!;
        var section = Section(word);

        var first = Header(main, section, HeaderFooterValues.First);
        var other = Header(main, section, HeaderFooterValues.Default);
        Assert.DoesNotContain(first.Descendants<FieldCode>(), f => f.Text.Contains("PAGE", StringComparison.Ordinal));
        var page = Assert.Single(other.Descendants<FieldCode>());
        Assert.Equal("PAGE", page.Text.Trim());
        var numbered = page.Ancestors<Paragraph>().Single();
        var centre = Assert.Single(numbered.ParagraphProperties!.Tabs!.Elements<TabStop>(), t => t.Val!.Value == TabStopValues.Center);
        Assert.InRange(centre.Position!.Value, (TextWidth / 2) - 2, (TextWidth / 2) + 2);
        Assert.Equal(JustificationValues.Left, Align(numbered));
        Assert.IsType<TabChar>(numbered.Elements<Run>().First().Elements().Last());

        if (view.IsDraft)
        {
            Assert.Contains("ПРОЕКТ", first.InnerText, StringComparison.Ordinal);
            Assert.Contains("ПРОЕКТ", other.InnerText, StringComparison.Ordinal);
        }
        else
        {
            // The signed original stays the PDF with its SHA-256: the Word file says it is a copy to edit.
            Assert.Contains("Редактируемая копия", first.InnerText, StringComparison.Ordinal);
            Assert.Contains(view.PublicLink, first.InnerText, StringComparison.Ordinal);
            Assert.Contains($"SHA-256 опубликованного текста: {view.Hash}", first.InnerText, StringComparison.Ordinal);
            Assert.DoesNotContain("ПРОЕКТ", first.InnerText + other.InnerText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(DocxSamples.All), MemberType = typeof(DocxSamples))]
    public void The_qr_code_of_the_document_s_link_stands_at_the_bottom_right_of_page_1_only(string name)
    {
        var view = DocxSamples.View(name);
        using var word = Open(view);
        var main = word.MainDocumentPart!;
        var section = Section(word);

        var footers = section.Elements<FooterReference>().ToList();
        var reference = Assert.Single(footers);
        Assert.Equal(HeaderFooterValues.First, reference.Type!.Value);
        var footer = (FooterPart)main.GetPartById(reference.Id!);
        var drawing = Assert.Single(footer.Footer!.Descendants<Drawing>());
        Assert.Equal(JustificationValues.Right, Align(drawing.Ancestors<Paragraph>().Single()));
        var image = Assert.Single(footer.ImageParts);
        using var png = image.GetStream();
        using var bytes = new MemoryStream();
        png.CopyTo(bytes);
        Assert.Equal(DocumentQr.Png(view.PublicLink), bytes.ToArray());
        // 17 mm square, as printed.
        var extent = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
        Assert.Equal((17 * 36_000L, 17 * 36_000L), (extent.Cx!.Value, extent.Cy!.Value));
    }

    [Theory]
    [MemberData(nameof(DocxSamples.All), MemberType = typeof(DocxSamples))]
    public void Each_appendix_starts_a_new_page_with_its_grif_then_its_title(string name)
    {
        var view = DocxSamples.View(name);
        using var word = Open(view);
        var blocks = word.MainDocumentPart!.Document!.Body!.Elements().Where(e => e is Paragraph or Table).ToList();
        var appendices = view.Appendices().ToList();

        var breaks = blocks.Select((b, i) => (b, i)).Where(x => x.b is Paragraph p && p.ParagraphProperties?.PageBreakBefore is not null).Select(x => x.i).ToList();

        Assert.Equal(appendices.Count, breaks.Count);
        Assert.True(breaks.Count > 0 || view.IsStandalone, "an order's sample has appendices");
        for (var k = 0; k < breaks.Count; k++)
        {
            // A table's paragraphs one by one: the grif may stand in the right cell beside the marks.
            var page = blocks.Skip(breaks[k]).Take((k + 1 < breaks.Count ? breaks[k + 1] : blocks.Count) - breaks[k])
                .SelectMany(b => b is Table table ? table.Descendants<Paragraph>().Select(p => p.InnerText) : [b.InnerText]).ToList();
            var grif = new AppendixView(view, appendices[k].Appendix, appendices[k].Number).Grif;
            if (grif.Count == 0)
            {
                Assert.Contains(appendices[k].Appendix.Title, page);
                continue;
            }

            var at = page.IndexOf(grif[0]);
            Assert.True(at >= 0, $"appendix {appendices[k].Number}: «{grif[0]}» not on its page");
            Assert.Equal(grif, page.Skip(at).Take(grif.Count));
            if (appendices[k].Appendix.Title.Trim().Length > 0)
            {
                Assert.True(page.IndexOf(appendices[k].Appendix.Title) > at, $"appendix {appendices[k].Number}: the title after the grif");
            }
        }
    }

    [Theory]
    [MemberData(nameof(DocxSamples.All), MemberType = typeof(DocxSamples))]
    public void The_roster_the_services_and_the_acknowledgement_are_bordered_tables(string name)
    {
        var view = DocxSamples.View(name);
        using var word = Open(view);
        var content = view.Content;

        var tables = word.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        var bordered = tables.Where(t => t.GetFirstChild<TableProperties>()?.GetFirstChild<TableBorders>()?.TopBorder?.Val?.Value is { } top && top != BorderValues.None && top != BorderValues.Nil).ToList();

        var lists = view.Appendices().Count(a => a.Appendix.Kind is AppendixKind.Roster or AppendixKind.ApprovedServices);
        var acknowledgement = content.AcknowledgementBlock && (content.Kind == DocumentKind.Order || content.Acknowledgers.Count > 0) ? 1 : 0;
        Assert.Equal(lists + acknowledgement, bordered.Count);
        Assert.True(lists > 0 || name is not (DocxSamples.CollegeModel or DocxSamples.SchoolModelDraft), "the model templates have a roster and services");
        foreach (var table in bordered)
        {
            var borders = table.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!;
            BorderType?[] lines = [borders.TopBorder, borders.LeftBorder, borders.BottomBorder, borders.RightBorder, borders.InsideHorizontalBorder, borders.InsideVerticalBorder];
            Assert.All(lines, line => Assert.Equal(BorderValues.Single, line?.Val?.Value));
            // The header row repeats on each page the table runs onto.
            Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        }
    }

    public static TheoryData<string> AllWithFidelity => DocxSamples.AllWithFidelity;

    /// <summary>
    /// Marks at the left beside a grif (or marks) at the right stand as a secretary lays them out in Word: the two cells of one
    /// borderless table of the text's width (the grif's cell 75 mm at the right, as print.css's .grif), top-aligned, the row
    /// kept on one page; with one side only there is no such table.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllWithFidelity))]
    public void Marks_at_the_left_and_the_grif_at_the_right_stand_in_the_two_cells_of_one_borderless_table(string name)
    {
        var view = DocxSamples.View(name);
        using var word = Open(view);

        var expected = MarksBesideGrif(view).Select(row => (string.Join(" | ", row.Left), string.Join(" | ", row.Right))).ToList();
        var tables = word.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .Where(t => t.Elements<TableRow>().Count() == 1 && t.Elements<TableRow>().Single().Elements<TableCell>().Count() == 2).ToList();

        Assert.Equal(expected, tables.Select(t => t.Descendants<TableCell>().Select(c => string.Join(" | ", c.Elements<Paragraph>().Select(p => p.InnerText))).ToList())
            .Select(cells => (cells[0], cells[1])).ToList());
        foreach (var table in tables)
        {
            var properties = table.GetFirstChild<TableProperties>()!;
            var borders = properties.GetFirstChild<TableBorders>();
            Assert.NotNull(borders);
            BorderType?[] lines = [borders.TopBorder, borders.LeftBorder, borders.BottomBorder, borders.RightBorder, borders.InsideHorizontalBorder, borders.InsideVerticalBorder];
            Assert.All(lines, line => Assert.True(line?.Val?.Value == BorderValues.None || line?.Val?.Value == BorderValues.Nil, $"border {line?.LocalName}: {line?.Val?.Value}"));
            Assert.Equal(TableLayoutValues.Fixed, properties.GetFirstChild<TableLayout>()?.Type?.Value);
            var columns = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.InRange(columns.Sum(), TextWidth - 2, TextWidth + 2);
            Assert.InRange(columns[1], Twips(75) - 2, Twips(75) + 2);
            var cells = table.Descendants<TableCell>().ToList();
            Assert.Equal(columns, cells.Select(c => int.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.All(cells, c => Assert.Equal(TableVerticalAlignmentValues.Top, c.TableCellProperties!.TableCellVerticalAlignment?.Val?.Value));
            Assert.NotNull(table.Elements<TableRow>().Single().TableRowProperties?.GetFirstChild<CantSplit>());
        }
    }

    [Fact]
    public void The_samples_have_marks_beside_a_grif_both_for_a_document_and_for_an_appendix()
    {
        Assert.Contains(MarksBesideGrif(DocxSamples.View(DocxSamples.Balakovo)), row => row.Where == "document");
        Assert.Contains(MarksBesideGrif(DocxSamples.View(DocxSamples.CollegeModel)), row => row.Where.StartsWith("appendix", StringComparison.Ordinal));
    }

    /// <summary>
    /// The rows of _Approval.cshtml and _Appendix.cshtml that have both sides, from the model: the top-left marks' lines, and
    /// the grif's lines with the top-right marks' lines under them.
    /// </summary>
    public static IEnumerable<(string Where, List<string> Left, List<string> Right)> MarksBesideGrif(DocumentView view)
    {
        static List<string> Lines(IEnumerable<ApprovalMark> marks) => [.. marks.SelectMany(m => (string[])[m.KindTitle, DocumentText.Mark(m)])];
        if (view.OnlyAppendix is null)
        {
            var left = Lines(DocumentText.TopMarks(view.Content, MarkPlacement.TopLeft));
            List<string> right = [.. DocumentText.DocumentApproval(view.Content), .. Lines(DocumentText.TopMarks(view.Content, MarkPlacement.TopRight))];
            if (left.Count > 0 && right.Count > 0)
            {
                yield return ("document", left, right);
            }
        }

        foreach (var (appendix, number) in view.Appendices())
        {
            var left = Lines(appendix.ApprovalMarks.Where(m => m.Placement == MarkPlacement.TopLeft));
            List<string> right = [.. new AppendixView(view, appendix, number).Grif, .. Lines(appendix.ApprovalMarks.Where(m => m.Placement == MarkPlacement.TopRight))];
            if (left.Count > 0 && right.Count > 0)
            {
                yield return ($"appendix {number}", left, right);
            }
        }
    }

    private static WordprocessingDocument Open(DocumentView view) => WordprocessingDocument.Open(new MemoryStream(DocumentDocx.Build(view)), false);

    private static SectionProperties Section(WordprocessingDocument word) => word.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();

    private static Header Header(MainDocumentPart main, SectionProperties section, HeaderFooterValues type) =>
        ((HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type!.Value == type).Id!)).Header!;

    private static JustificationValues? Align(Paragraph paragraph) => paragraph.ParagraphProperties?.Justification?.Val?.Value;
}
