using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>One appendix as read, with what its heading said beyond the appendix itself.</summary>
public sealed record AppendixDraft(Appendix Appendix, Grif? Grif, string Place, string Year)
{
    /// <summary>«УТВЕРЖДАЮ …» at the head of the text: the director's own approval.</summary>
    public DocumentApproval? Approval { get; init; }

    /// <summary>The text's own date and number («ПОЛОЖЕНИЕ № 12», «от 01.09.2025 № 12»), when its head gives them.</summary>
    public Requisites Own { get; init; } = new();

    /// <summary>What the reading did beyond placing a line where it stood («дата … перенесена в отметку …»).</summary>
    public List<string> Notes { get; init; } = [];
}

/// <summary>
/// Reads one block cut by <see cref="AppendixSplitter"/>: grif, title, approval marks at the top, then the body —
/// a roster table, a regulation with sections and clauses, or free text.
/// </summary>
public static partial class AppendixReader
{
    public const string UnplacedTitle = "Нераспознанный текст";

    public static AppendixDraft Read(IReadOnlyList<SourceLine> block)
    {
        var lines = block.ToList();
        var appendix = new Appendix();
        Grif? grif = null;
        DocumentApproval? approval = null;
        var own = new Requisites();
        string place = "", year = "", asOfLine = "";
        var title = new List<string>();
        var notes = new List<string>();

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
            if (grifLines.Count == 0 && grif is null && AppendixSplitter.IsAppendixHeading(text))
            {
                // «Приложение N» under the marks that stand before it (AppendixSplitter): the grif starts here.
                var late = TextPatterns.AppendixHeading().Match(text);
                grifLines.Add(late.Value.Trim());
                if (text[late.Length..].Trim() is { Length: > 0 } tail)
                {
                    lines[i--] = SourceLine.Of(tail);
                }
            }
            else if (approval is null && PersonalApprovalReader.IsStart(text))
            {
                var from = i;
                i = PersonalApprovalReader.Read(lines, i, out var personal);
                approval = personal;
                grifLines.AddRange(lines.Skip(from).Take(i - from + 1).Select(l => l.Text));
            }
            else if (grif is null && IsGrifStart(text))
            {
                var grifOwn = new List<string> { text };
                // A grif wrapped inside a quoted name («ТОГБПОУ» / «Уваровский политехнический» / «колледж»») runs on to the closing quote.
                while (i + 1 < lines.Count && (GrifReader.IsContinuation(lines[i + 1].Text) || OpenQuote(grifOwn)))
                {
                    grifOwn.Add(lines[++i].Text);
                }

                grif = GrifReader.Read(string.Join(" ", grifOwn));
                grifLines.AddRange(grifOwn.Count == 1 ? GrifReader.Layout(text) : grifOwn);
            }
            else if (ApprovalMarkParser.IsMarkStart(text))
            {
                var markLines = new List<string> { text };
                // A mark ends with its date: a date line after that is another mark's, written apart from it.
                while (i + 1 < lines.Count && IsMarkBodyLine(lines[i + 1]) && !(ApprovalMarkParser.HasDate(string.Join(" ", markLines)) && IsDateOnly(lines[i + 1].Text)))
                {
                    markLines.Add(lines[++i].Text);
                }

                appendix.ApprovalMarks.Add(ApprovalMarkParser.Parse(string.Join(" ", markLines), out _));
            }
            else if (IsDateOnly(text) && appendix.ApprovalMarks.LastOrDefault(m => m.Date is null) is { } undated)
            {
                // «СОГЛАСОВАНО» / «Управляющим советом» / «протокол № 3» in one column, its date under the other
                // column's lines: OCR read the columns one after the other and left the date apart from its mark.
                RussianDate.TryFind(text, out var date, out var at, out var length);
                undated.Date = date;
                undated.DateAsWritten = text.Substring(at, length).Trim();
                notes.Add($"Дата {undated.DateAsWritten} перенесена в отметку «{undated.KindTitle} {undated.Body}»: в источнике она стоит отдельно от отметки.");
            }
            else if (TextPatterns.Place().IsMatch(text))
            {
                place = text;
            }
            else if (TextPatterns.YearOnly().IsMatch(text))
            {
                year = text;
            }
            else if (title.Count > 0 && asOfLine.Length == 0 && AsOfLine().IsMatch(text) && RussianDate.Find(text) is not null)
            {
                // «По состоянию на 01.03.2023» under a list's title: the date of the prohibited dictionary it follows.
                asOfLine = text;
            }
            else if (title.Count > 0 && RequisitesReader.TryReadRequisiteLine(text, own))
            {
                // «от 01.09.2025 № 12» under «ПОЛОЖЕНИЕ»: the text's own date and number, not its title.
            }
            else if (TypeWithNumber().Match(text) is { Success: true } typed && RequisitesReader.TryReadRequisiteLine(typed.Groups["rest"].Value, own))
            {
                title.Add(typed.Groups["type"].Value);
            }
            else
            {
                title.Add(text);
            }
        }

        // The grif is printed as the source has it («Приложение 1» included), or not at all: never made up.
        appendix.GrifOverride = grifLines.Count > 0 ? string.Join("\n", grifLines) : null;
        appendix.WithoutGrif = grifLines.Count == 0;

        ReadBody(appendix, title, lines.GetRange(i, lines.Count - i), asOfLine);
        return new AppendixDraft(appendix, grif, place, year) { Approval = approval, Own = own, Notes = notes };
    }

    public static Appendix Unplaced(IEnumerable<string> lines) =>
        new() { Kind = AppendixKind.FreeText, Title = UnplacedTitle, Text = string.Join("\n", lines) };

    private static void ReadBody(Appendix appendix, List<string> title, List<SourceLine> body, string asOfLine)
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

        if ((asOfLine.Length > 0 || ProhibitedTitle().IsMatch(JoinTitle(title)) || IsProhibitedList(body)) && body.Count > 0)
        {
            ReadProhibited(appendix, JoinTitle(title), body);
            appendix.ProhibitedAsOf = RussianDate.Find(asOfLine) ?? appendix.ProhibitedAsOf;
            return;
        }

        if (asOfLine.Length > 0)
        {
            title.Add(asOfLine);
        }

        var services = body.FindIndex(ServicesTableReader.IsServicesHeader);
        if (services >= 0)
        {
            var end = services + 1;
            while (end < body.Count && body[end].IsTableRow)
            {
                end++;
            }

            appendix.Kind = AppendixKind.ApprovedServices;
            appendix.Title = JoinTitle(title.Concat(body.Take(services).Select(l => l.Text)));
            appendix.Services = ServicesTableReader.Read(body[services], body.Skip(services + 1).Take(end - services - 1));
            appendix.ColumnHeaders = [.. body[services].Cells.Where(c => c.Length > 0)];
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

    /// <summary>«Перечень иностранных мессенджеров, использование которых запрещено (по состоянию на 01.03.2023)»: one service a line.</summary>
    private static void ReadProhibited(Appendix appendix, string title, List<SourceLine> body)
    {
        appendix.Kind = AppendixKind.ProhibitedServices;
        appendix.Title = title;
        appendix.ProhibitedAsOf = RussianDate.Find(title);
        var other = new List<string>();
        foreach (var line in body)
        {
            if (line.IsTableRow)
            {
                // «1 | WhatsApp»: the service is the row's text without its number; a row of captions is the header.
                var cells = line.Cells.Where(c => c.Length > 0 && !c.All(char.IsDigit)).ToList();
                if (appendix.ProhibitedServices.Count == 0 && appendix.ColumnHeaders.Count == 0 && line.Cells.Any(IsListCaption))
                {
                    appendix.ColumnHeaders = [.. line.Cells.Where(c => c.Length > 0)];
                }
                else if (cells.Count > 0)
                {
                    appendix.ProhibitedServices.Add(string.Join(" ", cells));
                }

                continue;
            }

            var numbered = TextPatterns.NumberedItem().Match(line.Text);
            var marker = TextPatterns.ListMarker().Match(line.Text);
            var name = numbered.Success ? numbered.Groups["text"].Value : marker.Success ? marker.Groups["text"].Value : line.Bulleted ? line.Text : null;
            if (name is { Length: > 0 })
            {
                appendix.ProhibitedServices.Add(name.Trim().TrimEnd(';', ',', '.').Trim());
            }
            else
            {
                other.Add(line.Text);
            }
        }

        appendix.Text = string.Join("\n", other);
    }

    /// <summary>
    /// A list whose every line names a service of the prohibited dictionary («1. Discord», «2. Microsoft Teams»…) is the
    /// prohibited list whatever its title says («… сервисов, не применяемых для служебного взаимодействия»).
    /// </summary>
    private static bool IsProhibitedList(List<SourceLine> body)
    {
        if (body.Count < 2)
        {
            return false;
        }

        foreach (var line in body)
        {
            var numbered = TextPatterns.NumberedItem().Match(line.Text);
            var marker = TextPatterns.ListMarker().Match(line.Text);
            var name = numbered.Success ? numbered.Groups["text"].Value : marker.Success ? marker.Groups["text"].Value : line.Bulleted ? line.Text : null;
            if (name is null || line.IsTableRow || Services.ProhibitedMatcher.Catalog.Match(name.Trim().TrimEnd(';', ',', '.')) is null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpenQuote(List<string> lines) =>
        lines.Sum(l => l.Count(c => c == '«')) > lines.Sum(l => l.Count(c => c == '»'));

    private static bool IsListCaption(string cell) =>
        cell.StartsWith("Наименование", StringComparison.OrdinalIgnoreCase) || cell.StartsWith("Сервис", StringComparison.OrdinalIgnoreCase)
        || cell.StartsWith("Мессенджер", StringComparison.OrdinalIgnoreCase) || cell.StartsWith("Название", StringComparison.OrdinalIgnoreCase);

    private static bool IsGrifStart(string text) =>
        text.StartsWith("УТВЕРЖД", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("к приказу", StringComparison.OrdinalIgnoreCase);

    private static bool IsMarkBodyLine(SourceLine line) =>
        !AppendixSplitter.IsBodyStart(line) && !ApprovalMarkParser.IsMarkStart(line.Text) && !IsGrifStart(line.Text) && !AppendixSplitter.IsAppendixHeading(line.Text)
        && !TextPatterns.Place().IsMatch(line.Text) && !TextPatterns.YearOnly().IsMatch(line.Text)
        && !TextPatterns.DocumentTypeWord().IsMatch(line.Text) && line.Text.Length < 120;

    /// <summary>««14» 05 2025 г.», «от 14.05.2025»: a line that holds a date and nothing else.</summary>
    private static bool IsDateOnly(string text)
    {
        if (!RussianDate.TryFind(text, out _, out var at, out var length))
        {
            return false;
        }

        var before = text[..at].Trim();
        return (before.Length == 0 || before.Equals("от", StringComparison.OrdinalIgnoreCase)) && text[(at + length)..].Trim(' ', '.', ')').Length == 0;
    }

    private static string JoinTitle(IEnumerable<string> lines) => TextPatterns.JoinAll(lines);

    [System.Text.RegularExpressions.GeneratedRegex(@"запрещ|не\s+допускаетс|недопустим", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex ProhibitedTitle();

    [System.Text.RegularExpressions.GeneratedRegex(@"^По\s+состоянию\s+на\s+\S.{0,40}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex AsOfLine();

    /// <summary>«ПОЛОЖЕНИЕ № 12 от 01.09.2025»: the kind with the text's own number on one line.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<type>ПОЛОЖЕНИЕ|ПОРЯДОК|ПРАВИЛА|РЕГЛАМЕНТ|ИНСТРУКЦИЯ|Положение|Порядок|Правила|Регламент|Инструкция)\s+(?<rest>(?:№|N[º°o]?\s*\d|от\s).*)$", System.Text.RegularExpressions.RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex TypeWithNumber();
}
