using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>One appendix as read, with what its heading said beyond the appendix itself.</summary>
public sealed record AppendixDraft(Appendix Appendix, Grif? Grif, string Place, string Year);

/// <summary>
/// Reads one block cut by <see cref="AppendixSplitter"/>: grif, title, approval marks at the top, then the body —
/// a roster table, a regulation with sections and clauses, or free text.
/// </summary>
public static class AppendixReader
{
    public const string UnplacedTitle = "Нераспознанный текст";

    public static AppendixDraft Read(IReadOnlyList<SourceLine> block)
    {
        var lines = block.ToList();
        var appendix = new Appendix();
        Grif? grif = null;
        string place = "", year = "";
        var title = new List<string>();

        var i = 0;
        var heading = TextPatterns.AppendixHeading().Match(lines[0].Text);
        var grifLines = new List<string>();
        if (AppendixSplitter.IsAppendixHeading(lines[0].Text))
        {
            grifLines.Add(heading.Value.Trim());
            var rest = lines[0].Text[heading.Length..].Trim();
            if (rest.Length > 0)
            {
                lines[0] = SourceLine.Of(rest);
            }
            else
            {
                i = 1;
            }
        }

        for (; i < lines.Count && !AppendixSplitter.IsBodyStart(lines[i]); i++)
        {
            var text = lines[i].Text;
            if (grif is null && IsGrifStart(text))
            {
                var own = new List<string> { text };
                while (i + 1 < lines.Count && GrifReader.IsContinuation(lines[i + 1].Text))
                {
                    own.Add(lines[++i].Text);
                }

                grif = GrifReader.Read(string.Join(" ", own));
                grifLines.AddRange(own.Count == 1 ? GrifReader.Layout(text) : own);
            }
            else if (ApprovalMarkParser.IsMarkStart(text))
            {
                var markLines = new List<string> { text };
                while (i + 1 < lines.Count && IsMarkBodyLine(lines[i + 1]))
                {
                    markLines.Add(lines[++i].Text);
                }

                appendix.ApprovalMarks.Add(ApprovalMarkParser.Parse(string.Join(" ", markLines), out _));
            }
            else if (TextPatterns.Place().IsMatch(text))
            {
                place = text;
            }
            else if (TextPatterns.YearOnly().IsMatch(text))
            {
                year = text;
            }
            else
            {
                title.Add(text);
            }
        }

        // The grif is printed as the source has it («Приложение 1» included), or not at all: never made up.
        appendix.GrifOverride = grifLines.Count > 0 ? string.Join("\n", grifLines) : null;
        appendix.WithoutGrif = grifLines.Count == 0;

        ReadBody(appendix, title, lines.GetRange(i, lines.Count - i));
        return new AppendixDraft(appendix, grif, place, year);
    }

    public static Appendix Unplaced(IEnumerable<string> lines) =>
        new() { Kind = AppendixKind.FreeText, Title = UnplacedTitle, Text = string.Join("\n", lines) };

    private static void ReadBody(Appendix appendix, List<string> title, List<SourceLine> body)
    {
        var header = body.FindIndex(RosterTableReader.IsRosterHeader);
        if (header >= 0)
        {
            var end = header;
            while (end < body.Count && body[end].IsTableRow)
            {
                end++;
            }

            appendix.Kind = AppendixKind.Roster;
            appendix.Title = JoinTitle(title.Concat(body.Take(header).Select(l => l.Text)));
            appendix.Roster = RosterTableReader.Read(body.GetRange(header, end - header));
            appendix.ColumnHeaders = [.. body[header].Cells.Where(c => c.Length > 0)];
            appendix.Text = string.Join("\n", body.Skip(end).Select(l => l.Text));
            return;
        }

        if (body.Any(l => TextPatterns.ClauseStart().IsMatch(l.Text) || TextPatterns.SectionHeading().IsMatch(l.Text)))
        {
            appendix.Kind = AppendixKind.Regulation;
            appendix.Title = JoinTitle(title);
            var (sections, marks) = ClauseParser.Parse(body);
            appendix.Sections = sections;
            appendix.ApprovalMarks.AddRange(marks);
            return;
        }

        appendix.Kind = AppendixKind.FreeText;
        var hasTitle = title.Count > 0 && TextPatterns.DocumentTypeWord().IsMatch(title[0]);
        appendix.Title = hasTitle ? JoinTitle(title) : "";
        var text = (hasTitle ? [] : title).Concat(body.Select(l => l.Text));
        appendix.Text = string.Join("\n", text);
    }

    private static bool IsGrifStart(string text) =>
        text.StartsWith("УТВЕРЖД", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("к приказу", StringComparison.OrdinalIgnoreCase);

    private static bool IsMarkBodyLine(SourceLine line) =>
        !AppendixSplitter.IsBodyStart(line) && !ApprovalMarkParser.IsMarkStart(line.Text) && !IsGrifStart(line.Text)
        && !TextPatterns.Place().IsMatch(line.Text) && !TextPatterns.YearOnly().IsMatch(line.Text)
        && !TextPatterns.DocumentTypeWord().IsMatch(line.Text) && line.Text.Length < 120;

    private static string JoinTitle(IEnumerable<string> lines) => TextPatterns.JoinAll(lines);
}
