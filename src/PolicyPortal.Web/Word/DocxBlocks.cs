using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyPortal.Web.Word;

/// <summary>How one paragraph looks; the defaults are print.css's body text (justified, 14 pt, first line indented 12.5 mm).</summary>
public sealed record ParagraphLook
{
    public JustificationValues Align { get; init; } = JustificationValues.Both;
    public int FirstLineMm10 { get; init; } = 125;
    public int LeftMm10 { get; init; }
    public int RightMm10 { get; init; }
    public bool Bold { get; init; }
    public int SizePt { get; init; } = 14;
    public int BeforePt { get; init; }
    public int AfterPt { get; init; }
    public bool KeepNext { get; init; }
    public bool PageBreakBefore { get; init; }

    /// <summary>A right-aligned tab stop at this position (tenths of a mm from the left margin), for «Директор → Н.А. Ермакова».</summary>
    public int? RightTabMm10 { get; init; }

    /// <summary>A centred tab stop, for the place in the middle of the date line.</summary>
    public int? CentreTabMm10 { get; init; }

    public static readonly ParagraphLook Body = new();
    public static readonly ParagraphLook Plain = new() { Align = JustificationValues.Left, FirstLineMm10 = 0 };
    public static readonly ParagraphLook Centred = new() { Align = JustificationValues.Center, FirstLineMm10 = 0 };
    public static readonly ParagraphLook Heading = Centred with { Bold = true, BeforePt = 12, AfterPt = 6, KeepNext = true };
    public static readonly ParagraphLook Cell = Plain with { SizePt = 12 };
}

/// <summary>The paragraphs, runs and tables the document is built from (WordprocessingML through the Open XML SDK).</summary>
public static class DocxBlocks
{
    /// <summary>A4 less the margins of print.css (20 mm left, 15 mm right): 175 mm.</summary>
    public const int TextWidthMm10 = 1750;

    public static int Twips(int mm10) => (int)Math.Round(mm10 * 1440 / 254.0);

    public static Paragraph Para(string text, ParagraphLook look) => Para(look, TextRuns(text, look));

    public static Paragraph Para(ParagraphLook look, IEnumerable<OpenXmlElement> runs)
    {
        var properties = new ParagraphProperties();
        if (look.KeepNext)
        {
            properties.Append(new KeepNext());
        }

        if (look.PageBreakBefore)
        {
            properties.Append(new PageBreakBefore());
        }

        if (look.RightTabMm10 is not null || look.CentreTabMm10 is not null)
        {
            var tabs = new Tabs();
            if (look.CentreTabMm10 is { } centre)
            {
                tabs.Append(new TabStop { Val = TabStopValues.Center, Position = Twips(centre) });
            }

            if (look.RightTabMm10 is { } right)
            {
                tabs.Append(new TabStop { Val = TabStopValues.Right, Position = Twips(right) });
            }

            properties.Append(tabs);
        }

        properties.Append(new SpacingBetweenLines { Before = (look.BeforePt * 20).ToString(CultureInfo.InvariantCulture), After = (look.AfterPt * 20).ToString(CultureInfo.InvariantCulture) });
        properties.Append(new Indentation
        {
            Left = Twips(look.LeftMm10).ToString(CultureInfo.InvariantCulture),
            Right = Twips(look.RightMm10).ToString(CultureInfo.InvariantCulture),
            FirstLine = Twips(look.FirstLineMm10).ToString(CultureInfo.InvariantCulture),
        });
        properties.Append(new Justification { Val = look.Align });
        if (look.Bold || look.SizePt != 14)
        {
            properties.Append(new ParagraphMarkRunProperties(RunLook(look).ChildElements.Select(e => e.CloneNode(true))));
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>Text runs; a «\t» becomes a tab character (the text itself never holds one).</summary>
    public static IEnumerable<OpenXmlElement> TextRuns(string text, ParagraphLook look)
    {
        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                yield return new Run(RunLook(look), new TabChar());
            }

            if (parts[i].Length > 0)
            {
                yield return new Run(RunLook(look), new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
    }

    public static RunProperties RunLook(ParagraphLook look)
    {
        var properties = new RunProperties();
        if (look.Bold)
        {
            properties.Append(new Bold());
        }

        if (look.SizePt != 14)
        {
            properties.Append(new FontSize { Val = (look.SizePt * 2).ToString(CultureInfo.InvariantCulture) }, new FontSizeComplexScript { Val = (look.SizePt * 2).ToString(CultureInfo.InvariantCulture) });
        }

        return properties;
    }

    /// <summary>
    /// A bordered table (print.css .doc-table: 12 pt, 2/4 pt padding) with its header row repeated on every page.
    /// <paramref name="widthsMm10"/> gives each column; the rows are built by the caller.
    /// </summary>
    public static Table BorderedTable(int[] widthsMm10, IEnumerable<string> headers, IEnumerable<TableRow> rows)
    {
        static BorderType Line<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" };
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(widthsMm10.Sum()).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
            new TableGrid(widthsMm10.Select(w => new GridColumn { Width = Twips(w).ToString(CultureInfo.InvariantCulture) })));

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        var column = 0;
        foreach (var text in headers)
        {
            header.Append(Cell(widthsMm10[column++], text, ParagraphLook.Cell with { Align = JustificationValues.Center, Bold = true }, center: true));
        }

        table.Append(header);
        table.Append(rows);
        return table;
    }

    public static TableRow Row(IEnumerable<TableCell> cells, int? heightMm10 = null)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (heightMm10 is { } height)
        {
            properties.Append(new TableRowHeight { Val = (uint)Twips(height), HeightType = HeightRuleValues.AtLeast });
        }

        var row = new TableRow(properties);
        row.Append(cells);
        return row;
    }

    public static TableCell Cell(int widthMm10, string text, ParagraphLook? look = null, MergedCellValues? merge = null, bool center = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(widthMm10).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        if (center)
        {
            properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        }

        return new TableCell(properties, Para(merge == MergedCellValues.Continue ? "" : text, look ?? ParagraphLook.Cell));
    }
}
