using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Word;

/// <summary>The document's tables as _Services, _Roster and _Acknowledgement print them; widths from print.css.</summary>
public static class DocxTables
{
    public static Table Services(Appendix appendix)
    {
        int[] widths = [130, 520, 700, 400];
        var rows = appendix.Services.Select((s, i) => DocxBlocks.Row([
            DocxBlocks.Cell(widths[0], (i + 1).ToString(CultureInfo.InvariantCulture), Centre),
            DocxBlocks.Cell(widths[1], s.Name),
            DocxBlocks.Cell(widths[2], s.Purpose),
            DocxBlocks.Cell(widths[3], DocumentText.InteractionName(s.Interaction)),
        ]));
        return DocxBlocks.BorderedTable(widths, DocumentText.ServicesHeaders(appendix), rows);
    }

    /// <summary>
    /// An activity's number and name span its persons (vertically merged cells), as the PDF's rowspan; a roster by
    /// positions only has no names column, and the headers are the source's when it had them.
    /// </summary>
    public static Table Roster(Appendix appendix)
    {
        var columns = DocumentText.Roster(appendix);
        int[] widths = columns.Names && columns.Positions ? [130, 665, 450, 505] : [130, 810, 810];
        var groups = appendix.Roster;
        var rows = new List<TableRow>();
        for (var g = 0; g < groups.Count; g++)
        {
            List<PersonRef> persons = groups[g].Persons.Count == 0 ? [new PersonRef()] : groups[g].Persons;
            for (var p = 0; p < persons.Count; p++)
            {
                MergedCellValues? merge = persons.Count == 1 ? null : p == 0 ? MergedCellValues.Restart : MergedCellValues.Continue;
                List<TableCell> cells =
                [
                    DocxBlocks.Cell(widths[0], (g + 1).ToString(CultureInfo.InvariantCulture), Centre, merge),
                    DocxBlocks.Cell(widths[1], groups[g].Activity, merge: merge),
                ];
                if (columns.Names)
                {
                    cells.Add(DocxBlocks.Cell(widths[2], persons[p].FullName));
                }

                if (columns.Positions)
                {
                    cells.Add(DocxBlocks.Cell(widths[^1], persons[p].Position));
                }

                rows.Add(DocxBlocks.Row(cells));
            }
        }

        return DocxBlocks.BorderedTable(widths, columns.Headers, rows);
    }

    /// <summary>«С приказом ознакомлены»: blank columns to sign and date on paper, rows 9 mm high.</summary>
    public static Table Acknowledgement(IReadOnlyList<PersonRef> persons)
    {
        int[] widths = [595, 350, 525, 280];
        var rows = persons.Select(person => DocxBlocks.Row([
            DocxBlocks.Cell(widths[0], person.Position),
            DocxBlocks.Cell(widths[1], ""),
            DocxBlocks.Cell(widths[2], person.FullName),
            DocxBlocks.Cell(widths[3], ""),
        ], heightMm10: 90));
        return DocxBlocks.BorderedTable(widths, ["Должность", "Подпись", "Фамилия, имя, отчество", "Дата"], rows);
    }

    private static readonly ParagraphLook Centre = ParagraphLook.Cell with { Align = JustificationValues.Center };

    /// <summary>print.css .date-line: three equal cells without borders or padding, 6 pt below.</summary>
    public static Table DateLine(string date, string place, string number)
    {
        var third = DocxBlocks.TextWidthMm10 / 3;
        int[] widths = [third, DocxBlocks.TextWidthMm10 - (2 * third), third];
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = DocxBlocks.Twips(DocxBlocks.TextWidthMm10).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = DocxBlocks.Twips(w).ToString(CultureInfo.InvariantCulture) })));
        var look = ParagraphLook.Plain with { AfterPt = 6 };
        table.Append(DocxBlocks.Row(
        [
            DocxBlocks.Cell(widths[0], date, look),
            DocxBlocks.Cell(widths[1], place, look with { Align = JustificationValues.Center }),
            DocxBlocks.Cell(widths[2], number, look with { Align = JustificationValues.Right }),
        ]));
        return table;
    }

    /// <summary>
    /// Two blocks side by side (the marks at the left, the grif at the right): a borderless table of one row that does not
    /// break across pages, fixed widths that fill the text width, cells top-aligned and without padding.
    /// </summary>
    public static Table Beside(IEnumerable<OpenXmlElement> left, IEnumerable<OpenXmlElement> right, int leftMm10)
    {
        int[] widths = [leftMm10, DocxBlocks.TextWidthMm10 - leftMm10];
        static TableCell Cell(int widthMm10, IEnumerable<OpenXmlElement> blocks)
        {
            var cell = new TableCell(new TableCellProperties(
                new TableCellWidth { Width = DocxBlocks.Twips(widthMm10).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top }));
            cell.Append(blocks);
            return cell;
        }

        static BorderType None<T>() where T : BorderType, new() => new T { Val = BorderValues.None, Size = 0, Space = 0 };
        return new Table(
            new TableProperties(
                new TableWidth { Width = DocxBlocks.Twips(DocxBlocks.TextWidthMm10).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(None<TopBorder>(), None<LeftBorder>(), None<BottomBorder>(), None<RightBorder>(), None<InsideHorizontalBorder>(), None<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = DocxBlocks.Twips(w).ToString(CultureInfo.InvariantCulture) })),
            new TableRow(new TableRowProperties(new CantSplit()), Cell(widths[0], left), Cell(widths[1], right)));
    }
}
