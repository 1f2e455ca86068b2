using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyPortal.Domain.Import;

/// <summary>A DOCX refused before it is read, with a message for the user.</summary>
public sealed class DocxLimitException(string message) : Exception(message);

/// <summary>
/// The text of an uploaded DOCX in the shape <see cref="DocumentImporter"/> reads: one line per paragraph
/// (automatic list numbers written out), one tab-separated line per table row.
/// A small file can inflate to gigabytes («zip bomb»): the package is measured first (parts counted, the XML that
/// is read inflated into nothing and counted), then the body is read one paragraph or table at a time.
/// </summary>
public static class DocxText
{
    public const int MaxParts = 1000;
    public const long MaxDocumentXmlBytes = 20 * 1024 * 1024;
    public const long MaxNumberingXmlBytes = 4 * 1024 * 1024;
    public const long MaxXmlBytes = 40 * 1024 * 1024;
    public const int MaxTextChars = 10 * 1024 * 1024;

    /// <summary>Reads <paramref name="docx"/>, which must be seekable; throws <see cref="DocxLimitException"/> past a limit.</summary>
    public static string Extract(Stream docx)
    {
        var start = docx.Position;
        CheckLimits(docx);
        docx.Position = start;

        using var document = WordprocessingDocument.Open(docx, false);
        var main = document.MainDocumentPart;
        if (main is null)
        {
            return "";
        }

        var numbering = new ListNumbering(main.NumberingDefinitionsPart?.Numbering);
        var lines = new List<string>();
        var chars = 0L;
        using var reader = OpenXmlReader.Create(main);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(Body))
            {
                if (!reader.ReadFirstChild())
                {
                    break;
                }

                do
                {
                    if (reader.IsStartElement)
                    {
                        var count = lines.Count;
                        Append(reader.LoadCurrentElement()!, lines, numbering);
                        chars += lines.Skip(count).Sum(l => l.Length + 1L);
                        if (chars > MaxTextChars)
                        {
                            throw new DocxLimitException($"Текст документа больше {MaxTextChars / 1024 / 1024} млн знаков — разделите документ на части.");
                        }
                    }
                }
                while (reader.ReadNextSibling());

                break;
            }
        }

        return string.Join("\n", lines);
    }

    private static void CheckLimits(Stream docx)
    {
        using var zip = new ZipArchive(docx, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > MaxParts)
        {
            throw new DocxLimitException($"В файле DOCX больше {MaxParts} частей — так не бывает у обычного документа. Сохраните его в Word заново или вставьте текст.");
        }

        var total = 0L;
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            total += Measure(entry, entry.FullName.EndsWith("numbering.xml", StringComparison.OrdinalIgnoreCase) ? MaxNumberingXmlBytes : MaxDocumentXmlBytes);
            if (total > MaxXmlBytes)
            {
                throw new DocxLimitException($"Документ Word в распакованном виде больше {MaxXmlBytes / 1024 / 1024} МБ. " +
                    "Сохраните его без лишнего оформления или вставьте текст в поле выше.");
            }
        }
    }

    /// <summary>Inflates the part into nothing, counting: the size written in the archive can lie.</summary>
    private static long Measure(ZipArchiveEntry entry, long limit)
    {
        var refusal = $"Документ Word в распакованном виде больше {limit / 1024 / 1024} МБ (часть {entry.FullName}). " +
            "Сохраните его без лишнего оформления или вставьте текст в поле выше.";
        if (entry.Length > limit)
        {
            throw new DocxLimitException(refusal);
        }

        using var part = entry.Open();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new DocxLimitException(refusal);
            }
        }

        return total;
    }

    private static void Append(OpenXmlElement element, List<string> lines, ListNumbering numbering)
    {
        switch (element)
        {
            case Paragraph paragraph:
                // A page break before the paragraph is kept as a PDF's text keeps it, a form feed: an appendix starts a page.
                var breakBefore = paragraph.ParagraphProperties?.PageBreakBefore is { } before && (before.Val is null || before.Val.Value);
                lines.Add((breakBefore ? "\f" : "") + numbering.Prefix(paragraph) + ParagraphText(paragraph));
                break;
            case Table table when BlocksSideBySide(table) is { } cells:
                foreach (var child in cells.SelectMany(c => c.ChildElements))
                {
                    Append(child, lines, numbering);
                }

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

    /// <summary>
    /// The cells of a table that only lays out blocks side by side — marks at the left, the grif at the right («СОГЛАСОВАНО …
    /// | УТВЕРЖДЕНО …», «ПРИНЯТО … | Приложение 1 …»): one row whose every cell with text opens with an approval word. Such
    /// a table is read as its cells' paragraphs in turn, left cell first, as if they stood one after another; a table of
    /// data (a roster, a date line) is read a row a line.
    /// </summary>
    private static List<TableCell>? BlocksSideBySide(Table table)
    {
        var rows = table.Elements<TableRow>().Take(2).ToList();
        if (rows.Count != 1)
        {
            return null;
        }

        var cells = rows[0].Elements<TableCell>().ToList();
        var opening = cells.Select(c => c.Elements<Paragraph>().Select(ParagraphText).Select(t => t.Trim()).FirstOrDefault(t => t.Length > 0)).ToList();
        return cells.Count >= 2 && opening.Count(t => t is not null) >= 2 && opening.All(t => t is null || OpensApproval(t)) ? cells : null;
    }

    private static bool OpensApproval(string line) =>
        TextPatterns.MarkKeyword().IsMatch(line) || TextPatterns.AppendixHeading().IsMatch(line) || line.StartsWith("УТВЕРЖДАЮ", StringComparison.OrdinalIgnoreCase);

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
                case Break { Type.Value: var type } when type == BreakValues.Page:
                    text.Append("\n\f");
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
