using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// The text of an uploaded DOCX in the shape <see cref="DocumentImporter"/> reads: one line per paragraph
/// (automatic list numbers written out), one tab-separated line per table row.
/// </summary>
public static class DocxText
{
    public static string Extract(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (body is null)
        {
            return "";
        }

        var numbering = new ListNumbering(main!.NumberingDefinitionsPart?.Numbering);
        var lines = new List<string>();
        foreach (var element in body.ChildElements)
        {
            Append(element, lines, numbering);
        }

        return string.Join("\n", lines);
    }

    private static void Append(OpenXmlElement element, List<string> lines, ListNumbering numbering)
    {
        switch (element)
        {
            case Paragraph paragraph:
                lines.Add(numbering.Prefix(paragraph) + ParagraphText(paragraph));
                break;
            case Table table:
                lines.AddRange(table.Elements<TableRow>().Select(row => string.Join("\t", row.Elements<TableCell>().Select(CellText))));
                break;
            case SdtBlock block:
                foreach (var child in block.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
                {
                    Append(child, lines, numbering);
                }

                break;
        }
    }

    /// <summary>A cell's paragraphs on one line: a tab or line break inside a cell would split the row.</summary>
    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.Descendants<Paragraph>().Select(ParagraphText).Select(t => t.Replace('\n', ' ').Trim()).Where(t => t.Length > 0));

    /// <summary>Tabs inside a paragraph («Директор→→Н.А.Ермакова») become spaces: only tables make cells.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
