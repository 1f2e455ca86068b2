using System.Text.RegularExpressions;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// One non-empty line of the source with markup artefacts removed.
/// <see cref="Bulleted"/> tells that the line began with a markdown «- » bullet, which was taken off.
/// </summary>
public sealed partial record SourceLine(string Text, bool Bulleted, string[] Cells)
{
    public bool IsTableRow => Cells.Length > 1;

    public static List<SourceLine> Split(string text) => Split(text, []);

    /// <summary>
    /// The source's non-empty lines; a word broken over two lines by an OCR hyphen («сани-» / «тарно-…») is joined
    /// back, and <paramref name="notes"/> says so.
    /// </summary>
    public static List<SourceLine> Split(string text, List<string> notes)
    {
        var cleaned = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = Clean(raw);
            if (line.Contains("](", StringComparison.Ordinal))
            {
                line = PlainLinks(line, notes);
            }

            if (line.Length > 0)
            {
                cleaned.Add(line);
            }
        }

        var words = new BreakHyphens(text);
        var lines = new List<SourceLine>(cleaned.Count);
        for (var i = 0; i < cleaned.Count; i++)
        {
            var line = cleaned[i];
            if (i + 1 < cleaned.Count && words.TryJoin(line, cleaned[i + 1], out var joined, out var note))
            {
                notes.Add(note);
                cleaned[i + 1] = joined;
                continue;
            }

            lines.Add(Of(line));
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
        return line.Trim(' ', '\u200B', '\uFEFF');
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
