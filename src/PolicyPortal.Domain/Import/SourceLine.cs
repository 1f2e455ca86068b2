using System.Text.RegularExpressions;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// One non-empty line of the source with markup artefacts removed.
/// <see cref="Bulleted"/> tells that the line began with a markdown «- » bullet, which was taken off.
/// </summary>
public sealed partial record SourceLine(string Text, bool Bulleted, string[] Cells)
{
    public bool IsTableRow => Cells.Length > 1;

    /// <summary>The line opens a page: a form feed (a PDF's text) or a page break (<see cref="DocxText"/>) stood before it.</summary>
    public bool StartsPage { get; init; }

    public static List<SourceLine> Split(string text) => Split(text, []);

    /// <summary>
    /// The source's non-empty lines; a word broken over two lines by an OCR hyphen («сани-» / «тарно-…») is joined
    /// back, and <paramref name="notes"/> says so.
    /// </summary>
    public static List<SourceLine> Split(string text, List<string> notes)
    {
        var cleaned = new List<string>();
        var pageStarts = new List<bool>();
        var pageOrdinals = new List<int>();
        var pageStart = false;
        var page = 1;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = Clean(raw);
            if (line.Contains("](", StringComparison.Ordinal))
            {
                line = PlainLinks(line, notes);
            }

            // «\fText» opens a page; «Text\f» ends one, and the next line opens the next.
            var feed = raw.IndexOf('\f', StringComparison.Ordinal);
            var feedAfter = feed >= 0 && Clean(raw[..feed]).Length > 0;
            pageStart |= feed >= 0 && !feedAfter;
            page += feed >= 0 && !feedAfter ? 1 : 0;
            if (line.Length > 0)
            {
                cleaned.Add(line);
                pageStarts.Add(pageStart);
                pageOrdinals.Add(page);
                pageStart = false;
            }

            pageStart |= feedAfter;
            page += feedAfter ? 1 : 0;
        }

        DropPageNumbers(cleaned, pageStarts, pageOrdinals, notes);
        var words = new BreakHyphens(text);
        var lines = new List<SourceLine>(cleaned.Count);
        for (var i = 0; i < cleaned.Count; i++)
        {
            var line = cleaned[i];
            if (i + 1 < cleaned.Count && words.TryJoin(line, cleaned[i + 1], out var joined, out var note))
            {
                notes.Add(note);
                cleaned[i + 1] = joined;
                pageStarts[i + 1] = pageStarts[i];
                continue;
            }

            lines.Add(Of(line) with { StartsPage = pageStarts[i] });
        }

        return lines;
    }

    /// <summary>A line made up by the importer (a split-off remainder), already clean.</summary>
    public static SourceLine Of(string cleanText)
    {
        var cells = cleanText.Contains('\t', StringComparison.Ordinal) ? cleanText.Split('\t').Select(c => c.Trim()).ToArray() : [];
        var text = cells.Length > 0 ? string.Join('\t', cells).Trim('\t') : cleanText;
        var bulleted = false;
        if (cells.Length == 0 && text.StartsWith("- ", StringComparison.Ordinal))
        {
            bulleted = true;
            text = text[2..].TrimStart();
        }

        return new SourceLine(text, bulleted, cells);
    }

    private static string Clean(string raw)
    {
        var line = Tags().Replace(raw, "").Replace("**", "", StringComparison.Ordinal).Replace('\u00A0', ' ');
        line = Heading().Replace(line, "");
        return line.Trim(' ', '\f', '\v', '\u200B', '\uFEFF');
    }

    /// <summary>
    /// Lines holding only «2», «3», «4»… in sequence are page numbers of a printed copy (the portal's own PDF pasted back):
    /// they are taken out, and a note says so, instead of being glued into the sentence a page break cut. A two-page
    /// copy has one number only: it is known by the form feed before it, the first line of page N holding «N».
    /// </summary>
    private static void DropPageNumbers(List<string> lines, List<bool> pageStarts, List<int> pageOrdinals, List<string> notes)
    {
        var pages = new List<int>();
        var opening = new List<int>();
        var expected = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length <= 3 && lines[i].All(char.IsAsciiDigit))
            {
                var value = int.Parse(lines[i], System.Globalization.CultureInfo.InvariantCulture);
                if (expected < 0 ? value is >= 1 and <= 3 : value == expected)
                {
                    pages.Add(i);
                    expected = value + 1;
                }

                if (pageStarts[i] && value >= 2 && value == pageOrdinals[i])
                {
                    opening.Add(i);
                }
            }
        }

        if (pages.Count < 2)
        {
            pages = opening;
        }

        if (pages.Count == 0)
        {
            return;
        }

        notes.Add($"Номера страниц ({string.Join(", ", pages.Select(i => lines[i]))}) не переносятся: документ нумеруется при печати.");
        for (var p = pages.Count - 1; p >= 0; p--)
        {
            // A number at the top of a page: the line under it opens the page.
            if (pageStarts[pages[p]] && pages[p] + 1 < lines.Count)
            {
                pageStarts[pages[p] + 1] = true;
            }

            lines.RemoveAt(pages[p]);
            pageStarts.RemoveAt(pages[p]);
        }
    }

    /// <summary>
    /// «[school@mail.ru](mailto:school@mail.ru)», left by OCR tools that write markdown, becomes the address it shows;
    /// a link whose text and address differ keeps both: «текст (адрес)».
    /// </summary>
    private static string PlainLinks(string line, List<string> notes) => MarkdownLink().Replace(line, link =>
    {
        var text = link.Groups["text"].Value.Trim();
        var target = link.Groups["target"].Value.Trim();
        var bare = target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? target[7..] : target;
        var same = string.Equals(bare.TrimEnd('/'), text.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            || bare.EndsWith("//" + text.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        var plain = same ? text : $"{text} ({bare})";
        notes.Add($"Ссылка «{link.Value}» заменена адресом «{plain}»: разметку ссылки оставило распознавание текста.");
        return plain;
    });

    [GeneratedRegex(@"\[(?<text>[^\[\]\n]{1,300})\]\((?<target>[^()\s]{1,500})\)", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"</?(u|b|i|strong|em)>", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Tags();

    [GeneratedRegex(@"^\s*#{1,6}\s+", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex Heading();
}
