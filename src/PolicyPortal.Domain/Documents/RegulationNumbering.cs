using System.Text.RegularExpressions;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.Domain.Documents;

/// <summary>Numbers sections «1.», «2.» and their clauses «1.1.», «1.2.», keeping each clause's depth («3.6.1.» stays three levels deep).</summary>
public static partial class RegulationNumbering
{
    /// <summary>As a Порядок writes a clause's number: «1.1.», «3.6.1.», «5.11.5» (the dot lost in print); empty for a paragraph.</summary>
    public static bool IsWellFormedClauseNumber(string? number) =>
        string.IsNullOrWhiteSpace(number) || ClauseNumber().IsMatch(number.Trim());

    /// <summary>As a Порядок writes a section's number: «3.», «3», «IV.»; empty for the text before the first section.</summary>
    public static bool IsWellFormedSectionNumber(string? number) =>
        string.IsNullOrWhiteSpace(number) || SectionNumber().IsMatch(number.Trim());

    public static void Renumber(IList<Section> sections)
    {
        var sectionNumber = 0;
        foreach (var section in sections)
        {
            if (string.IsNullOrWhiteSpace(section.Number) && string.IsNullOrWhiteSpace(section.Title))
            {
                continue; // text before the first section stays unnumbered
            }

            sectionNumber++;
            section.Number = $"{sectionNumber}.";
            var counters = new List<int> { sectionNumber };
            foreach (var clause in section.Clauses.Where(c => c.Level > 0))
            {
                var depth = Math.Max(2, clause.Level);
                while (counters.Count < depth)
                {
                    counters.Add(0);
                }

                counters.RemoveRange(depth, counters.Count - depth);
                counters[depth - 1]++;
                clause.Number = string.Join('.', counters) + ".";
            }
        }
    }

    /// <summary>A new section to insert after section <paramref name="after"/>: numbered next to it («3.» after «2.»), with one empty first clause («3.1.»).</summary>
    public static Section NewSection(IReadOnlyList<Section> sections, int after)
    {
        var number = Next(after >= 0 && after < sections.Count ? sections[after].Number : "0.");
        return new Section { Number = number, Clauses = { new Clause { Number = number == "" ? "" : $"{number}1." } } };
    }

    /// <summary>A new clause to insert after clause <paramref name="after"/> of <paramref name="section"/>: the next number at its depth, or the section's first.</summary>
    public static Clause NewClause(Section section, int after) => new()
    {
        Number = after >= 0 && after < section.Clauses.Count
            ? Next(section.Clauses[after].Number)
            : string.IsNullOrWhiteSpace(section.Number) ? "" : $"{section.Number.Trim().TrimEnd('.')}.1.",
    };

    /// <summary>The number that follows <paramref name="previous"/> at the same depth: «1.1.» → «1.2.», «3» → «4»; empty stays empty.</summary>
    public static string Next(string previous)
    {
        var parts = previous.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || !int.TryParse(parts[^1], out var last))
        {
            return "";
        }

        parts[^1] = (last + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Join('.', parts) + (previous.TrimEnd().EndsWith('.') ? "." : "");
    }

    [GeneratedRegex(@"^[0-9]{1,3}(?:\.[0-9]{1,3}){0,5}\.?$", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex ClauseNumber();

    [GeneratedRegex(@"^(?:[0-9]{1,3}|[IVXLC]{1,7})\.?$", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex SectionNumber();
}
