namespace PolicyPortal.Domain.Import;

/// <summary>
/// Cuts what follows the order's signature into appendices: at «Приложение N», at a new «УТВЕРЖДЕНО» grif,
/// and after the closing approval marks of an appendix. Marks that open a page and lead to a heading are the next
/// appendix's: the portal prints an appendix's top-left marks before its «Приложение N», on the page that appendix starts.
/// </summary>
public static class AppendixSplitter
{
    public static List<List<SourceLine>> Split(IEnumerable<SourceLine> lines)
    {
        var blocks = new List<List<SourceLine>>();
        var current = new List<SourceLine>();
        var hasBody = false;
        var closed = false;
        var markLinesLeft = 0;
        // The block so far is marks that opened a page: its heading is still to come.
        var leadingMarks = false;
        var all = lines.SelectMany(SplitRunOnMark).ToList();
        for (var n = 0; n < all.Count; n++)
        {
            var line = all[n];
            if (markLinesLeft > 0 && !ApprovalMarkParser.IsMarkStart(line.Text) && !IsAppendixHeading(line.Text) && !IsPlaceOrYear(line.Text))
            {
                // «РАССМОТРЕНО» / «на заседании Совета техникума» / «протокол № 4 от …»: the mark runs on to its protocol or date.
                current.Add(line);
                markLinesLeft = ApprovalMarkParser.IsComplete(line.Text) ? 0 : markLinesLeft - 1;
                continue;
            }

            var opensPage = line.StartsPage && ApprovalMarkParser.IsMarkStart(line.Text) && LeadsToHeading(all, n);
            if (leadingMarks && !ApprovalMarkParser.IsMarkStart(line.Text))
            {
                leadingMarks = false;
                if (IsAppendixHeading(line.Text))
                {
                    current.Add(line);
                    continue;
                }
            }

            if (current.Count > 0 && (opensPage || StartsNewBlock(line, hasBody, closed, current[^1])))
            {
                blocks.Add(current);
                current = [];
                hasBody = closed = false;
            }

            leadingMarks |= opensPage && current.Count == 0;

            current.Add(line);
            if (ApprovalMarkParser.IsMarkStart(line.Text))
            {
                closed = hasBody;
                markLinesLeft = ApprovalMarkParser.IsComplete(line.Text) ? 0 : 3;
            }
            else if (IsBodyStart(line))
            {
                hasBody = true;
            }
        }

        if (current.Count > 0)
        {
            blocks.Add(current);
        }

        return blocks;
    }

    /// <summary>The marks from <paramref name="start"/> on are followed by a heading («Приложение N», a grif, a title), not by a text.</summary>
    private static bool LeadsToHeading(List<SourceLine> lines, int start)
    {
        var i = start;
        while (i < lines.Count && ApprovalMarkParser.IsMarkStart(lines[i].Text))
        {
            // As in Split: a mark runs on to its protocol or date, three lines at most.
            var left = ApprovalMarkParser.IsComplete(lines[i].Text) ? 0 : 3;
            for (i++; left > 0 && i < lines.Count && !ApprovalMarkParser.IsMarkStart(lines[i].Text) && !IsAppendixHeading(lines[i].Text); i++)
            {
                left = ApprovalMarkParser.IsComplete(lines[i].Text) ? 0 : left - 1;
            }
        }

        if (i == lines.Count)
        {
            return false;
        }

        var text = lines[i].Text;
        var keyword = TextPatterns.MarkKeyword().Match(text);
        return IsAppendixHeading(text) || (keyword.Success && keyword.Value.StartsWith("УТВЕРЖДЕН", StringComparison.OrdinalIgnoreCase))
            || TextPatterns.DocumentTypeWord().IsMatch(text);
    }

    public static bool IsAppendixHeading(string line)
    {
        var match = TextPatterns.AppendixHeading().Match(line);
        return match.Success && (match.Groups["number"].Success || line.Length < 40);
    }

    public static bool IsBodyStart(SourceLine line) =>
        line.IsTableRow || line.Bulleted
        || TextPatterns.ClauseStart().IsMatch(line.Text)
        || TextPatterns.SectionHeading().IsMatch(line.Text)
        || TextPatterns.ListMarker().IsMatch(line.Text);

    private static bool StartsNewBlock(SourceLine line, bool hasBody, bool closed, SourceLine previous)
    {
        var text = line.Text;
        if (IsAppendixHeading(text))
        {
            return true;
        }

        if (hasBody && IsPlaceOrYear(text))
        {
            // «г. Энск» after a text's last clause or its closing marks belongs to no clause: it is read on its own.
            return true;
        }

        var keyword = TextPatterns.MarkKeyword().Match(text);
        if (keyword.Success && keyword.Value.StartsWith("УТВЕРЖДЕН", StringComparison.OrdinalIgnoreCase))
        {
            return hasBody;
        }

        if (closed)
        {
            return !keyword.Success && !TextPatterns.StartsLikeContinuation(text) && !text.StartsWith("протокол", StringComparison.OrdinalIgnoreCase);
        }

        // A bare «ПОЛОЖЕНИЕ» / «Порядок» line after a body is the heading of the next text; not «порядок» going on with
        // a sentence, nor «Положение» after a bare «1.1.» (a justified line copied out of a PDF word by word).
        return hasBody && TextPatterns.DocumentTypeWord().IsMatch(text) && (text.Length < 20 || text == text.ToUpperInvariant())
            && char.IsUpper(text[0]) && !TextPatterns.BareClauseNumber().IsMatch(previous.Text);
    }

    private static bool IsPlaceOrYear(string text) => TextPatterns.Place().IsMatch(text) || TextPatterns.YearOnly().IsMatch(text);

    /// <summary>«… протокол № 8 от 12 апреля 2025 г. Перечень лиц, …»: the heading glued to a mark goes on its own line.</summary>
    private static IEnumerable<SourceLine> SplitRunOnMark(SourceLine line)
    {
        if (!ApprovalMarkParser.IsMarkStart(line.Text))
        {
            return [line];
        }

        ApprovalMarkParser.Parse(line.Text, out var remainder);
        if (remainder.Length == 0)
        {
            return [line];
        }

        var head = line.Text[..line.Text.LastIndexOf(remainder, StringComparison.Ordinal)].TrimEnd();
        return [line with { Text = head }, SourceLine.Of(remainder)];
    }
}
