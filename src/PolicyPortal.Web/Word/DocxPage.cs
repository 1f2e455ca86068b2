using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PolicyPortal.Web.Word;

/// <summary>
/// The page of print.css in WordprocessingML: A4, margins 20/15/20/20 mm, Times New Roman 14 pt (Liberation Serif where
/// Times is missing), page numbers centred at the top from page 2, the QR code bottom right of page 1.
/// </summary>
public static class DocxPage
{
    private const string Font = "Times New Roman";
    private const string FallbackFont = "Liberation Serif";
    private const long QrEmu = 17 * 36_000; // 17 mm, as printed in the PDF

    public static void AddStyles(MainDocumentPart main)
    {
        var fonts = new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font };
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    fonts,
                    new FontSize { Val = "28" },
                    new FontSizeComplexScript { Val = "28" },
                    new Languages { Val = "ru-RU", EastAsia = "ru-RU", Bidi = "ar-SA" })),
                // CSS line-height 1.2 over the font's own 1.15: 250/240 of a Word «single» line.
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "250", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(),
                new StyleTableProperties(new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

        main.AddNewPart<FontTablePart>().Fonts = new Fonts(
            new DocumentFormat.OpenXml.Wordprocessing.Font(
                new AltName { Val = FallbackFont },
                new Panose1Number { Val = "02020603050405020304" },
                new FontCharSet { Val = "CC" },
                new FontFamily { Val = FontFamilyValues.Roman },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = Font },
            new DocumentFormat.OpenXml.Wordprocessing.Font(
                new Panose1Number { Val = "02020603050405020304" },
                new FontFamily { Val = FontFamilyValues.Roman },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = FallbackFont });

        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
            new DefaultTabStop { Val = 709 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
    }

    /// <summary>
    /// The section: A4, the margins, a first page of its own (no number; the QR code and the copy or draft mark),
    /// then «2», «3»… centred at the top.
    /// </summary>
    public static SectionProperties Section(MainDocumentPart main, string? qrPayload, IReadOnlyList<string> firstPageMark, string? everyPageMark)
    {
        var firstHeader = main.AddNewPart<HeaderPart>();
        firstHeader.Header = firstPageMark.Count == 0
            ? new Header(new Paragraph())
            : new Header(firstPageMark.Select(line => DocxBlocks.Para(line, ParagraphLook.Plain with { SizePt = 8 })));

        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(PageNumber(everyPageMark));

        var firstFooter = main.AddNewPart<FooterPart>();
        firstFooter.Footer = new Footer(qrPayload is null ? new Paragraph() : QrParagraph(firstFooter, qrPayload));

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstHeader) },
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstFooter) },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin
            {
                Top = DocxBlocks.Twips(200),
                Right = (uint)DocxBlocks.Twips(150),
                Bottom = DocxBlocks.Twips(200),
                Left = (uint)DocxBlocks.Twips(200),
                Header = (uint)DocxBlocks.Twips(90),
                Footer = (uint)DocxBlocks.Twips(15),
                Gutter = 0,
            },
            new TitlePage());
    }

    /// <summary>The PAGE field centred in 12 pt (print.css @top-center); a draft's mark at the right edge.</summary>
    private static Paragraph PageNumber(string? mark)
    {
        var look = ParagraphLook.Plain with { SizePt = 12 };
        var properties = new ParagraphProperties(
            new Tabs(
                new TabStop { Val = TabStopValues.Center, Position = DocxBlocks.Twips(DocxBlocks.TextWidthMm10 / 2) },
                new TabStop { Val = TabStopValues.Right, Position = DocxBlocks.Twips(DocxBlocks.TextWidthMm10) }),
            new Justification { Val = JustificationValues.Left });
        var paragraph = new Paragraph(properties, new Run(DocxBlocks.RunLook(look), new TabChar()));
        paragraph.Append(
            new Run(DocxBlocks.RunLook(look), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(DocxBlocks.RunLook(look), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(DocxBlocks.RunLook(look), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(DocxBlocks.RunLook(look), new Text("2")),
            new Run(DocxBlocks.RunLook(look), new FieldChar { FieldCharType = FieldCharValues.End }));
        if (mark is not null)
        {
            paragraph.Append(new Run(DocxBlocks.RunLook(look with { Bold = true }), new TabChar(), new Text(mark)));
        }

        return paragraph;
    }

    private static Paragraph QrParagraph(FooterPart footer, string payload)
    {
        var image = footer.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(Printing.DocumentQr.Png(payload)))
        {
            image.FeedData(png);
        }

        var id = footer.GetIdOfPart(image);
        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(
                new Pic.NonVisualDrawingProperties { Id = 0U, Name = "qr.png" },
                new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = QrEmu, Cy = QrEmu }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = QrEmu, Cy = QrEmu },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = 1U, Name = "QR-код", Description = "QR-код: ссылка на страницу документа на портале" },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };

        var look = ParagraphLook.Plain with { Align = JustificationValues.Right };
        return SingleLine(DocxBlocks.Para(look, [new Run(new Drawing(inline))]));
    }

    /// <summary>The image's own height sets the line: no extra leading under it.</summary>
    private static Paragraph SingleLine(Paragraph paragraph)
    {
        paragraph.ParagraphProperties!.SpacingBetweenLines!.Line = "240";
        paragraph.ParagraphProperties.SpacingBetweenLines.LineRule = LineSpacingRuleValues.Auto;
        return paragraph;
    }
}
