namespace PolicyPortal.Domain.Import;

/// <summary>
/// A table copied out of a PDF with its columns kept (`pdftotext -layout`, or a viewer that copies the layout): each
/// cell stands in a column of spaces, its text wrapped over several lines, and an activity that spans several persons
/// is written once. Such a table is rewritten into the tab-separated rows the importer reads from a DOCX: the columns
/// are where the rows' words start, a row begins at its number in the first column, and a person of a spanned
/// activity begins where a new name starts after a whole one («Кухарская Оксана» / «Борисовна», then «Пономарева»).
/// </summary>
public static class LaidOutTable
{
    private const int Tolerance = 2;

    public static string Rewrite(string text, List<string> notes)
    {
        if (!text.Contains('№', StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var changed = false;
        for (var h = 0; h < lines.Count; h++)
        {
            if (IsHeaderLine(lines[h]) && TryRead(lines, h, out var from, out var to, out var rows))
            {
                lines.RemoveRange(from, to - from);
                lines.InsertRange(from, rows);
                h = from + rows.Count - 1;
                changed = true;
                notes.Add($"Таблица «{rows[0].Replace('\t', '|')}» скопирована из PDF с колонками: прочитана по колонкам, строк — {rows.Count - 1}.");
            }
        }

        return changed ? string.Join('\n', lines) : text;
    }

    /// <summary>«№ п/п     Наименование мероприятия     ответственного     Должность»: «№» first, then at least two more cells.</summary>
    private static bool IsHeaderLine(string line) =>
        line.TrimStart().StartsWith('№') && !line.Contains('\t', StringComparison.Ordinal) && Cells(line).Count >= 3;

    private static bool TryRead(List<string> lines, int h, out int from, out int to, out List<string> rows)
    {
        from = to = h;
        rows = [];

        // Header cells wrapped over lines («ФИО» / «ответственного» / «лица»): up to two lines above, after a blank one.
        var top = h;
        for (var up = h - 1; up >= 0 && up >= h - 3; up--)
        {
            if (lines[up].Trim().Length == 0)
            {
                top = up + 1;
                break;
            }

            if (up == h - 3 || lines[up].Contains('\f', StringComparison.Ordinal) || up == 0)
            {
                top = h;
                break;
            }
        }

        var first = h + 1;
        while (first < lines.Count && first <= h + 4 && !IsRowStart(lines[first]) && !lines[first].Contains('\f', StringComparison.Ordinal))
        {
            first++;
        }

        if (first >= lines.Count || !IsRowStart(lines[first]))
        {
            return false;
        }

        var end = first;
        while (end < lines.Count && !lines[end].Contains('\f', StringComparison.Ordinal)
               && (lines[end].Trim().Length > 0 || (end + 1 < lines.Count && IsRowStart(lines[end + 1]))))
        {
            end++;
        }

        var data = lines.GetRange(first, end - first).Where(l => l.Trim().Length > 0).ToList();
        var count = Cells(lines[h]).Count;
        var starts = ColumnStarts(data, count);
        if (starts is null)
        {
            return false;
        }

        var header = new List<string>[count];
        for (var c = 0; c < count; c++)
        {
            header[c] = [];
        }

        foreach (var line in lines.Skip(top).Take(first - top))
        {
            foreach (var (column, words) in Fragments(line, starts))
            {
                header[column].Add(words);
            }
        }

        var headers = header.Select(h => string.Join(' ', h)).ToList();
        var name = headers.FindIndex(RosterTableReader.IsNameHeader);
        var position = headers.FindIndex(RosterTableReader.IsPositionHeader);
        rows.Add(string.Join('\t', headers));
        foreach (var group in Groups(data, starts))
        {
            rows.AddRange(Rows(group, count, name, position));
        }

        from = top;
        to = end;
        return true;
    }

    /// <summary>A row's first line: its number at the left edge, then a gap.</summary>
    private static bool IsRowStart(string line)
    {
        var i = 0;
        while (i < line.Length && i < 6 && line[i] == ' ')
        {
            i++;
        }

        var digits = i;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits == i || digits - i > 3)
        {
            return false;
        }

        if (digits < line.Length && line[digits] == '.')
        {
            digits++;
        }

        return digits + 1 < line.Length && line[digits] == ' ' && line[digits + 1] == ' ';
    }

    /// <summary>The text runs of a line parted by two spaces or more.</summary>
    private static List<(int Start, string Text)> Cells(string line)
    {
        var cells = new List<(int, string)>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            if (i >= line.Length)
            {
                break;
            }

            var start = i;
            while (i < line.Length && !(line[i] == ' ' && (i + 1 >= line.Length || line[i + 1] == ' ')))
            {
                i++;
            }

            cells.Add((start, line[start..i].TrimEnd()));
        }

        return cells;
    }

    /// <summary>
    /// Where the <paramref name="count"/> columns start: the positions where most text runs of the rows begin (a cell's
    /// text is left-aligned), a position or two apart counted as one.
    /// </summary>
    private static int[]? ColumnStarts(List<string> data, int count)
    {
        var positions = data.SelectMany(l => Cells(l).Select(c => c.Start)).Order().ToList();
        var clusters = new List<(int Start, int Count)>();
        foreach (var position in positions)
        {
            if (clusters.Count > 0 && position - clusters[^1].Start <= Tolerance)
            {
                clusters[^1] = (clusters[^1].Start, clusters[^1].Count + 1);
            }
            else
            {
                clusters.Add((position, 1));
            }
        }

        if (clusters.Count < count)
        {
            return null;
        }

        var starts = clusters.OrderByDescending(c => c.Count).ThenBy(c => c.Start).Take(count).Select(c => c.Start).Order().ToArray();
        starts[0] = 0;
        return starts;
    }

    /// <summary>Each word goes to the last column that starts at or before it; a line's words of one column joined.</summary>
    private static IEnumerable<(int Column, string Words)> Fragments(string line, int[] starts)
    {
        var words = new List<string>[starts.Length];
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i > start)
            {
                var column = Array.FindLastIndex(starts, s => s <= start + Tolerance);
                (words[Math.Max(column, 0)] ??= []).Add(line[start..i]);
            }
        }

        for (var c = 0; c < words.Length; c++)
        {
            if (words[c] is { } found)
            {
                yield return (c, string.Join(' ', found));
            }
        }
    }

    /// <summary>The lines of each numbered row, as fragments by column.</summary>
    private static List<List<string?[]>> Groups(List<string> data, int[] starts)
    {
        var groups = new List<List<string?[]>>();
        foreach (var line in data)
        {
            var cells = new string?[starts.Length];
            foreach (var (column, words) in Fragments(line, starts))
            {
                cells[column] = words;
            }

            if (cells[0] is not null || groups.Count == 0)
            {
                groups.Add([]);
            }

            groups[^1].Add(cells);
        }

        return groups;
    }

    /// <summary>
    /// One numbered row as tab-separated rows: one per person when the table has a name column, the other columns
    /// (number, activity) on the first only, as a spanned cell reads from a DOCX.
    /// </summary>
    private static IEnumerable<string> Rows(List<string?[]> group, int count, int name, int position)
    {
        var persons = new List<int> { 0 };
        if (name >= 0)
        {
            var names = new List<string>();
            for (var i = 0; i < group.Count; i++)
            {
                var fragment = group[i][name];
                var positionFragment = position >= 0 ? group[i][position] : null;
                if (i > 0 && fragment is { Length: > 0 } && char.IsUpper(fragment[0]) && WholeName(names)
                    && (positionFragment is null || char.IsUpper(positionFragment[0])))
                {
                    persons.Add(i);
                    names.Clear();
                }

                if (fragment is not null)
                {
                    names.Add(fragment);
                }
            }
        }

        else if (position >= 0)
        {
            // A roster by positions: a wrapped position goes on in lower case («по воспитательной» / «работе»),
            // the next person's position starts with a capital («Куратор учебной группы»); «УВР» is an abbreviation.
            for (var i = 1; i < group.Count; i++)
            {
                if (group[i][position] is { Length: > 0 } fragment && char.IsUpper(fragment[0]) && !IsAbbreviation(fragment))
                {
                    persons.Add(i);
                }
            }
        }

        persons.Add(group.Count);
        for (var p = 0; p + 1 < persons.Count; p++)
        {
            var cells = new string[count];
            for (var c = 0; c < count; c++)
            {
                var own = c == name || c == position;
                var lines = own ? group.Skip(persons[p]).Take(persons[p + 1] - persons[p]) : p == 0 ? group : [];
                cells[c] = TextPatterns.JoinAll(lines.Select(l => l[c]).OfType<string>());
            }

            yield return string.Join('\t', cells);
        }
    }

    private static bool IsAbbreviation(string fragment)
    {
        var word = fragment.Split(' ')[0];
        return word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    /// <summary>«Кухарская Оксана Борисовна», «О.Б. Кухарская»: a name that is whole, so the next capital starts another.</summary>
    private static bool WholeName(List<string> fragments)
    {
        var joined = string.Join(' ', fragments);
        return joined.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3
            || (joined.Length > 0 && TextPatterns.ShortName().Match(joined).Length == joined.Length);
    }
}
