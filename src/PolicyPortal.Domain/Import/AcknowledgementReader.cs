using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// The «С приказом ознакомлены:» sheet: one row per person (position, signature, name, date). Positions and names
/// become acknowledgers; signatures and handwritten dates belong to the paper copy and are only reported.
/// </summary>
public static partial class AcknowledgementReader
{
    public static bool IsHeading(string line) => Heading().IsMatch(line);

    /// <summary>Takes the sheet out of <paramref name="lines"/>, wherever it stands.</summary>
    public static void Extract(List<SourceLine> lines, List<PersonRef> acknowledgers, List<string> notes)
    {
        var start = lines.FindIndex(l => IsHeading(l.Text));
        if (start < 0)
        {
            return;
        }

        var end = start + 1;
        var skipped = new List<string>();
        var captions = new List<string>();
        Columns? columns = null;
        for (; end < lines.Count; end++)
        {
            if (Caption().IsMatch(lines[end].Text) || IsLaidOutCaptions(lines[end].Text))
            {
                // «Должность», «Подпись», «Дата»: the table's column captions read one a line from a printed copy.
                captions.Add(lines[end].Text);
                continue;
            }

            if (columns is null && HeaderRow(lines[end]) is { } header)
            {
                // «Должность | Подпись | Фамилия, имя, отчество | Дата»: the table's header row says which cell is which.
                columns = header;
                captions.AddRange(lines[end].Cells.Where(c => c.Length > 0));
                continue;
            }

            if (columns is { } known && lines[end].IsTableRow && !AppendixSplitter.IsAppendixHeading(lines[end].Text))
            {
                if (ReadColumns(lines[end].Cells, known, skipped) is { } person)
                {
                    acknowledgers.Add(person);
                }

                continue;
            }

            if (IsRow(lines[end]))
            {
                var person = ReadRow(lines[end], skipped);
                if (person is not null)
                {
                    acknowledgers.Add(person);
                }

                continue;
            }

            // «Зам. директора по УР» / «О.Б.Кухарская»: a row whose cells were read one a line.
            if (end + 1 < lines.Count && lines[end].Text.Length < 80 && !lines[end].IsTableRow && IsNameOnly(lines[end + 1].Text)
                && !AppendixSplitter.IsAppendixHeading(lines[end].Text))
            {
                acknowledgers.Add(PersonRef.Of(lines[end + 1].Text.Trim(), lines[end].Text.Trim()));
                end++;
                continue;
            }

            break;
        }

        if (captions.Count > 0)
        {
            notes.Add($"Лист ознакомления: заголовки граф {string.Join(", ", captions.Select(c => $"«{c}»"))} не переносятся — таблица печатается со своими.");
        }

        var labels = lines.Skip(start + 1).Take(end - start - 1)
            .SelectMany(l => Label().Matches(l.Text).Select(m => m.Value.Trim()))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        lines.RemoveRange(start, end - start);
        if (labels.Count > 0)
        {
            notes.Add($"Лист ознакомления: подстрочные подписи граф {string.Join(", ", labels.Select(l => $"«{l}»"))} не переносятся — таблица печатается со своими заголовками.");
        }

        if (skipped.Count > 0)
        {
            notes.Add($"Лист ознакомления: подписи и даты не переносятся ({string.Join("; ", skipped)}).");
        }
    }

    /// <summary>Which cell of a row holds the position and which the name; the others are signed and dated on paper.</summary>
    private sealed record Columns(int Position, int Name);

    private static Columns? HeaderRow(SourceLine line)
    {
        if (!line.IsTableRow || !line.Cells.All(c => c.Length == 0 || Caption().IsMatch(c)))
        {
            return null;
        }

        var position = Array.FindIndex(line.Cells, c => c.StartsWith("Должность", StringComparison.OrdinalIgnoreCase));
        var name = Array.FindIndex(line.Cells, c => c.StartsWith("Фамилия", StringComparison.OrdinalIgnoreCase) || (c.StartsWith('Ф') && c.Contains('И', StringComparison.Ordinal)));
        return position >= 0 || name >= 0 ? new Columns(position, name) : null;
    }

    private static PersonRef? ReadColumns(string[] cells, Columns columns, List<string> skipped)
    {
        static string Cell(string[] cells, int index) => index >= 0 && index < cells.Length ? cells[index].Trim() : "";
        var position = Cell(cells, columns.Position);
        var name = Cell(cells, columns.Name);
        var rest = cells.Where((c, i) => i != columns.Position && i != columns.Name && c.Trim().Trim('_').Length > 0).ToList();
        if (rest.Count > 0)
        {
            skipped.Add(string.Join(" ", rest));
        }

        return position.Length > 0 || name.Length > 0 ? PersonRef.Of(name, position) : null;
    }

    /// <summary>«Должность   Подпись   Фамилия, имя, отчество   Дата»: the header row as a layout copy of a PDF spaces it out.</summary>
    private static bool IsLaidOutCaptions(string line)
    {
        var parts = Spaces().Split(line.Trim());
        return parts.Length > 1 && parts.All(p => Caption().IsMatch(p));
    }

    private static bool IsRow(SourceLine line) =>
        !AppendixSplitter.IsAppendixHeading(line.Text) && !line.Text.StartsWith("УТВЕРЖД", StringComparison.OrdinalIgnoreCase)
        && (line.IsTableRow || TextPatterns.ShortName().IsMatch(line.Text));

    private static PersonRef? ReadRow(SourceLine line, List<string> skipped)
    {
        var cells = (line.IsTableRow ? line.Cells : [line.Text])
            .Select(c => Spaces().Replace(Label().Replace(c, " "), " ").Trim(' ', '_'))
            .ToList();
        var nameCell = cells.FindIndex(c => TextPatterns.ShortName().IsMatch(c));
        if (nameCell < 0)
        {
            skipped.Add(string.Join(" ", cells.Where(c => c.Length > 0)));
            return null;
        }

        var name = TextPatterns.ShortName().Match(cells[nameCell]);
        var position = nameCell > 0 ? cells[0] : cells[nameCell][..name.Index].Trim();
        var rest = cells.Where((c, i) => i != nameCell && (i != 0 || nameCell == 0) && c.Length > 0).ToList();
        var nameLeftover = (cells[nameCell][..name.Index] + cells[nameCell][(name.Index + name.Length)..]).Trim();
        if (nameCell > 0 && nameLeftover.Length > 0)
        {
            rest.Insert(0, nameLeftover);
        }

        if (rest.Count > 0)
        {
            skipped.Add(string.Join(" ", rest));
        }

        return PersonRef.Of(name.Value, position);
    }

    private static bool IsNameOnly(string line)
    {
        var name = TextPatterns.ShortName().Match(line);
        return name.Success && name.Length == line.Trim().Length;
    }

    [GeneratedRegex(@"^(?:Должность|Подпись|Фамилия(?:,\s*имя,\s*отчество|,\s*инициалы)?|Ф\.?\s?И\.?\s?О\.?|Дата(?:\s+ознакомления)?)$", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^(?:С\s+(?:приказом|распоряжением|документом|положением)\s+)?ознакомлен\p{L}*\s*(?::\s*)?$", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\(\s*(?:(?:должность|подп\p{L}*|под\p{L}{2,4}сь|инициалы|ф\.?\s?и\.?\s?о\.?|дата)\s*|фамилия[^)]*)\)", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Label();

    [GeneratedRegex(@"\s{2,}", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex Spaces();
}
