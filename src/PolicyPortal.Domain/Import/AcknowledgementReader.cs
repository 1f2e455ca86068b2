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
        for (; end < lines.Count && IsRow(lines[end]); end++)
        {
            var person = ReadRow(lines[end], skipped);
            if (person is not null)
            {
                acknowledgers.Add(person);
            }
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

    [GeneratedRegex(@"^(?:С\s+(?:приказом|распоряжением|документом|положением)\s+)?ознакомлен\p{L}*\s*(?::\s*)?$", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\(\s*(?:(?:должность|подп\p{L}*|под\p{L}{2,4}сь|инициалы|ф\.?\s?и\.?\s?о\.?|дата)\s*|фамилия[^)]*)\)", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Label();

    [GeneratedRegex(@"\s{2,}", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex Spaces();
}
