using System.Text;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// The body of a regulation: sections («1. Общие положения»), clauses («1.1.», «5.11.1.», numbers kept as written),
/// plain paragraphs and list items. Lines broken by page breaks are joined; approval marks met on the way are collected.
/// </summary>
public sealed partial class ClauseParser
{
    private enum Last { Nothing, Heading, ClauseText, ListItem }

    private readonly List<Section> sections = [];
    private readonly List<ApprovalMark> marks = [];
    private Section? section;
    private Clause? clause;
    private ListItem? item;
    private Last last;
    private int[] lastNumber = [];

    /// <summary>
    /// The text of the element <see cref="last"/> names (section title, clause or item), still growing: it is
    /// written to the element when the next one starts, so that a long paragraph is not copied at every line.
    /// </summary>
    private readonly StringBuilder open = new();
    private Action<string>? writeOpen;

    /// <summary>
    /// Lines at least this long were wrapped by a page's width (text copied out of a PDF): the line after one goes on
    /// with it. OCR text keeps a paragraph on one line, so there the width is never reached by a short line.
    /// </summary>
    private int fullWidth = int.MaxValue;
    private int previousLength;

    public static (List<Section> Sections, List<ApprovalMark> Marks) Parse(IReadOnlyList<SourceLine> lines)
    {
        var parser = new ClauseParser { fullWidth = FullWidth(lines) };
        for (var i = 0; i < lines.Count; i++)
        {
            var markEnd = MarkEnd(lines, i);
            if (markEnd >= 0)
            {
                var mark = ApprovalMarkParser.Parse(string.Join(" ", lines.Skip(i).Take(markEnd - i + 1).Select(l => l.Text)), out _);
                if (parser.sections.Count > 0)
                {
                    // Marks met after the text has begun stand after it in the source, not at the top.
                    mark.Placement = MarkPlacement.AfterText;
                }

                parser.marks.Add(mark);
                parser.EndParagraph();
                i = markEnd;
                continue;
            }

            foreach (var piece in parser.SplitRunOnClause(lines[i]))
            {
                parser.Add(piece);
            }

            parser.previousLength = lines[i].Text.Length;
        }

        parser.Close();
        return (parser.sections, parser.marks);
    }

    /// <summary>
    /// 85% of the width most lines reach, when at least a third of the lines are wrapped at about one width (a PDF
    /// copy); otherwise no width (OCR and Word text, whose paragraphs are single lines of any length).
    /// </summary>
    private static int FullWidth(IReadOnlyList<SourceLine> lines)
    {
        if (lines.Count < 12)
        {
            return int.MaxValue;
        }

        var lengths = lines.Select(l => l.Text.Length).Order().ToList();
        var width = lengths[(int)(lengths.Count * 0.9)];
        var near = lengths.Count(l => l >= width * 0.85 && l <= width);
        return width is >= 50 and <= 140 && near * 3 >= lengths.Count ? (int)(width * 0.85) : int.MaxValue;
    }

    /// <summary>
    /// The index of the last line of the approval mark that starts at <paramref name="start"/>, or -1 when no mark starts
    /// there. A mark may be written on one line or over several («Рассмотрено и одобрено» / «на заседании …» /
    /// «протокол № 10» / «от «12» апреля 2025 г.»), in capitals or not; in a body «Принято решение…» is prose, so a
    /// mark not in capitals must name a protocol, or a date and a council.
    /// </summary>
    private static int MarkEnd(IReadOnlyList<SourceLine> lines, int start)
    {
        var first = lines[start].Text;
        if (!ApprovalMarkParser.IsMarkStart(first))
        {
            return -1;
        }

        var end = start;
        var text = first;
        while (end + 1 < lines.Count && end - start < 3 && BelongsToMark(lines[end + 1], text))
        {
            text += " " + lines[++end].Text;
        }

        var keyword = TextPatterns.MarkKeyword().Match(first).Value;
        var named = ApprovalMarkParser.HasProtocol(text) || (ApprovalMarkParser.HasDate(text) && CouncilWord().IsMatch(text));
        return keyword == keyword.ToUpperInvariant() || named ? end : -1;
    }

    /// <summary>
    /// The next line goes on with the mark while the mark still lacks its protocol and date (the council's name,
    /// «и одобрено», the protocol), or names a protocol whose date is cut («… от «12»» / «апреля 2025 г.»).
    /// </summary>
    private static bool BelongsToMark(SourceLine next, string mark)
    {
        var text = next.Text;
        if (AppendixSplitter.IsBodyStart(next) || ApprovalMarkParser.IsMarkStart(text) || text.Length >= 120
            || TextPatterns.Place().IsMatch(text) || TextPatterns.YearOnly().IsMatch(text) || AppendixSplitter.IsAppendixHeading(text)
            || text.StartsWith("УТВЕРЖД", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var hasProtocol = ApprovalMarkParser.HasProtocol(mark);
        var hasDate = ApprovalMarkParser.HasDate(mark);
        if (!hasProtocol && !hasDate)
        {
            return true;
        }

        if (hasProtocol && !hasDate)
        {
            return TextPatterns.StartsLikeContinuation(text) || text[0] == '«';
        }

        return !hasProtocol && text.TrimStart('(').StartsWith("протокол", StringComparison.OrdinalIgnoreCase);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"совет|собрани|заседани|комисси|конференци", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex CouncilWord();

    /// <summary>«Техникума. Действия … назначается 5.11.1. Администратор …»: OCR put a clause number mid-line.</summary>
    private IEnumerable<SourceLine> SplitRunOnClause(SourceLine line)
    {
        foreach (System.Text.RegularExpressions.Match match in TextPatterns.ClauseInside().Matches(line.Text))
        {
            var number = Numbers(match.Groups["number"].Value);
            if (IsPlausibleNext(lastNumber, number))
            {
                var head = line.Text[..match.Index].Trim();
                if (head.Length > 0)
                {
                    yield return line with { Text = head };
                }

                yield return line with { Text = line.Text[(match.Index + 1)..].Trim(), Bulleted = false };
                yield break;
            }
        }

        yield return line;
    }

    private void Add(SourceLine line)
    {
        var text = line.Text;
        var clauseStart = TextPatterns.ClauseStart().Match(text);
        if (clauseStart.Success)
        {
            StartClause(clauseStart.Groups["number"].Value, clauseStart.Groups["text"].Value);
            return;
        }

        var heading = TextPatterns.SectionHeading().Match(text);
        if (heading.Success && (!TextPatterns.EndsSentence(text) || text.Length < 80))
        {
            section = new Section { Number = heading.Groups["number"].Value };
            Open(heading.Groups["text"].Value, section, (s, t) => s.Title = t);
            sections.Add(section);
            clause = null;
            item = null;
            last = Last.Heading;
            lastNumber = Numbers(section.Number);
            return;
        }

        var marker = TextPatterns.ListMarker().Match(text);
        if (marker.Success && !line.Bulleted && IsWrappedDash(marker.Groups["marker"].Value))
        {
            // «5.7. Учебный профиль … на базе цифровой платформы МАХ» / «– это отдельное …»: a printed line wrapped
            // before the dash of «МАХ – это»; a list would follow a colon, not a line cut mid-sentence at the page's width.
            TextPatterns.Join(open, text);
            return;
        }

        if (marker.Success && (marker.Groups["text"].Length > 0 || line.Bulleted))
        {
            AddItem(marker.Groups["marker"].Value, marker.Groups["text"].Value);
        }
        else if (line.Bulleted)
        {
            AddItem("-", text);
        }
        else
        {
            AddPlain(text);
        }
    }

    private bool IsWrappedDash(string marker) =>
        marker is "–" or "—" && last == Last.ClauseText && clause is { Items.Count: 0 } && previousLength >= fullWidth
        && !TextPatterns.EndsSentence(open);

    private void AddPlain(string text)
    {
        var continues = TextPatterns.StartsLikeContinuation(text);
        switch (last)
        {
            case Last.Heading when continues || (previousLength >= fullWidth && !TextPatterns.EndsSentence(open)):
                TextPatterns.Join(open, text);
                return;
            case Last.ListItem when item!.Marker.Length == 0:
                if (!continues || (TextPatterns.EndsSentence(open) && !(open.Length > 0 && open[^1] == ':')))
                {
                    AddItem("", text);
                }
                else
                {
                    TextPatterns.Join(open, text);
                }

                return;
            case Last.ListItem when continues:
                TextPatterns.Join(open, text);
                return;
            case Last.ListItem when (previousLength >= fullWidth || text[0] == '«') && !TextPatterns.EndsSentence(open):
                // A wrapped line of a printed item: the line before it reached the page's width mid-sentence, or
                // a name in quotes («Сферум») did not fit on it.
                TextPatterns.Join(open, text);
                return;
            case Last.ListItem when TextPatterns.Unfinished(open):
                // «- Федеральным законом … «Об образовании в» / «Российской Федерации»;»: a printed line wrapped inside an item.
                TextPatterns.Join(open, text);
                return;
            case Last.ListItem:
                if (TextPatterns.LastVisible(open) == '.')
                {
                    StartParagraph(text);
                }
                else
                {
                    AddItem("", text);
                }

                return;
            case Last.ClauseText when TextPatterns.LastVisible(open) == ':':
                AddItem("", text);
                return;
            case Last.ClauseText when continues || !TextPatterns.EndsSentence(open):
                TextPatterns.Join(open, text);
                return;
            default:
                StartParagraph(text);
                return;
        }
    }

    /// <summary>After a mark nothing continues the clause or item before it: the next text starts anew.</summary>
    private void EndParagraph()
    {
        Close();
        clause = null;
        item = null;
        last = Last.Nothing;
    }

    private void StartClause(string number, string text)
    {
        EnsureSection();
        clause = new Clause { Number = number };
        Open(text, clause, (c, t) => c.Text = t);
        section!.Clauses.Add(clause);
        item = null;
        last = Last.ClauseText;
        lastNumber = Numbers(number);
    }

    private void StartParagraph(string text)
    {
        EnsureSection();
        clause = new Clause();
        Open(text, clause, (c, t) => c.Text = t);
        section!.Clauses.Add(clause);
        item = null;
        last = Last.ClauseText;
    }

    private void AddItem(string marker, string text)
    {
        if (clause is null)
        {
            StartParagraph("");
        }

        item = new ListItem { Marker = marker };
        Open(text, item, (i, t) => i.Text = t);
        clause!.Items.Add(item);
        last = Last.ListItem;
    }

    private void Open<T>(string text, T element, Action<T, string> write)
    {
        Close();
        open.Append(text);
        writeOpen = t => write(element, t);
    }

    private void Close()
    {
        writeOpen?.Invoke(open.ToString());
        writeOpen = null;
        open.Clear();
    }

    private void EnsureSection()
    {
        if (section is null)
        {
            section = new Section();
            sections.Add(section);
        }
    }

    private static int[] Numbers(string number) =>
        number.Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => int.TryParse(part, out var n) ? n : 0)
            .ToArray();

    /// <summary>The candidate is the first child of the last number or the next sibling at some level.</summary>
    private static bool IsPlausibleNext(int[] last, int[] candidate)
    {
        if (candidate.Length < 2 || last.Length == 0)
        {
            return false;
        }

        if (candidate.Length == last.Length + 1 && candidate[^1] == 1 && candidate.AsSpan(0, candidate.Length - 1).SequenceEqual(last))
        {
            return true;
        }

        return candidate.Length <= last.Length
            && candidate.AsSpan(0, candidate.Length - 1).SequenceEqual(last.AsSpan(0, candidate.Length - 1))
            && candidate[^1] == last[candidate.Length - 1] + 1;
    }
}
