namespace PolicyPortal.Domain.Import;

/// <summary>
/// Cuts what follows the order's signature into appendices: at «Приложение N», at a new «УТВЕРЖДЕНО» grif,
/// and after the closing approval marks of an appendix.
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
        foreach (var line in lines.SelectMany(SplitRunOnMark))
        {
            if (markLinesLeft > 0 && !ApprovalMarkParser.IsMarkStart(line.Text) && !IsAppendixHeading(line.Text) && !IsPlaceOrYear(line.Text))
            {
                // «РАССМОТРЕНО» / «на заседании Совета техникума» / «протокол № 4 от …»: the mark runs on to its protocol or date.
                current.Add(line);
                markLinesLeft = ApprovalMarkParser.IsComplete(line.Text) ? 0 : markLinesLeft - 1;
                continue;
            }

            if (current.Count > 0 && StartsNewBlock(line, hasBody, closed))
            {
                blocks.Add(current);
                current = [];
                hasBody = closed = false;
            }

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

    private static bool StartsNewBlock(SourceLine line, bool hasBody, bool closed)
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

        // A bare «ПОЛОЖЕНИЕ» / «Порядок» line after a body is the heading of the next text.
        return hasBody && TextPatterns.DocumentTypeWord().IsMatch(text) && (text.Length < 20 || text == text.ToUpperInvariant());
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
