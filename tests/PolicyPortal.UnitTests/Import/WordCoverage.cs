using System.Globalization;
using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

/// <summary>
/// How much of the source survives an import: the share of the source's word tokens that appear in the result's
/// text in the same order (longest common subsequence of tokens). Dates are compared as dates («12» апреля 2025 г.
/// = 12.04.2025), on both sides.
/// </summary>
internal static partial class WordCoverage
{
    private static readonly string[] Months =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    /// <summary>
    /// <paramref name="Share"/>: tokens found in order in the content. <paramref name="Reported"/>: tokens not in the
    /// content but quoted in the notes (signatures and dates of the acknowledgement sheet). <paramref name="Missing"/>: the rest.
    /// </summary>
    public sealed record Report(double Share, double ShareWithReported, List<string> Missing, List<string> Reported);

    public static Report Of(string source, ImportResult result)
    {
        var expected = Tokens(Normalize(FormLabel().Replace(Markup().Replace(source, " "), " "))).ToArray();
        var actual = Tokens(Normalize(ReadingOrder(result.Content))).ToArray();
        var notMatched = NotInCommonSubsequence(expected, actual);
        var noted = Tokens(Normalize(string.Join("\n", result.Notes))).ToHashSet();
        var reported = notMatched.Where(noted.Contains).ToList();
        var missing = notMatched.Where(t => !noted.Contains(t)).ToList();
        return new Report(
            (double)(expected.Length - notMatched.Count) / expected.Length,
            (double)(expected.Length - missing.Count) / expected.Length,
            missing,
            reported);
    }

    /// <summary>The result's text in the order a reader meets it on paper, with the words the layout adds.</summary>
    public static string ReadingOrder(DocumentContent content)
    {
        var r = content.Requisites;
        var standalone = content.Kind == DocumentKind.StandaloneRegulation;
        var parts = new List<string> { r.FounderLine, r.InstitutionName };
        if (!standalone)
        {
            parts.AddRange([r.DocumentTypeName, Date(r.Date), r.Place, "№ " + r.Number, r.Title, r.Preamble]);
            parts.AddRange(content.Items.Select((item, i) => $"{i + 1}. {item.Text}"));
            parts.AddRange([r.SignatoryPosition, r.SignatoryName, "Исп. " + r.Executor]);
            if (content.Acknowledgers.Count > 0)
            {
                parts.Add("С приказом ознакомлены:");
                parts.AddRange(content.Acknowledgers.Select(a => $"{a.Position} {a.FullName}"));
            }
        }

        for (var i = 0; i < content.Appendices.Count; i++)
        {
            var appendix = content.Appendices[i];
            var main = standalone && i == 0;
            parts.Add(main ? "" : $"Приложение {i + 1}");
            parts.Add(appendix.GrifOverride ?? "");
            parts.Add(appendix.Title);
            if (main)
            {
                parts.AddRange(content.ApprovalMarks.Skip(1).Select(Mark));
                parts.Add(r.Place);
            }

            foreach (var section in appendix.Sections)
            {
                parts.Add($"{section.Number} {section.Title}");
                foreach (var clause in section.Clauses)
                {
                    parts.Add($"{clause.Number} {clause.Text}");
                    parts.AddRange(clause.Items.Select(item => $"{item.Marker} {item.Text}"));
                }
            }

            parts.AddRange(appendix.ApprovalMarks.Select(Mark));
            if (appendix.Roster.Count > 0)
            {
                parts.Add("Наименование мероприятия\tФИО ответственного лица\tДолжность");
                parts.AddRange(appendix.Roster.SelectMany(g => g.Persons.Select((p, n) => $"{(n == 0 ? g.Activity : "")}\t{p.FullName}\t{p.Position}")));
            }

            parts.Add(appendix.Text);
        }

        return string.Join("\n", parts);
    }

    private static string Mark(ApprovalMark mark) =>
        $"{mark.KindTitle} {mark.Body}" + (mark.ProtocolNumber.Length > 0 ? $" протокол № {mark.ProtocolNumber}" : "") + (mark.Date is null ? "" : " от " + Date(mark.Date));

    private static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";

    private static string Normalize(string text)
    {
        text = LongDate().Replace(text, m =>
        {
            var month = Array.IndexOf(Months, m.Groups["month"].Value.ToLowerInvariant()) + 1;
            return month == 0 ? m.Value : $"{int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture):00}.{month:00}.{m.Groups["year"].Value}";
        });
        return YearSuffix().Replace(text, "$1").Replace("Nº", "№", StringComparison.Ordinal);
    }

    private static IEnumerable<string> Tokens(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant());

    /// <summary>Longest common subsequence by dynamic programming; returns the tokens of <paramref name="a"/> left out of it.</summary>
    private static List<string> NotInCommonSubsequence(string[] a, string[] b)
    {
        var table = new ushort[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? (ushort)(table[i + 1, j + 1] + 1) : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var missing = new List<string>();
        int x = 0, y = 0;
        while (x < a.Length)
        {
            if (y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && table[x, y + 1] >= table[x + 1, y])
            {
                y++;
            }
            else
            {
                missing.Add(a[x++]);
            }
        }

        return missing;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"</?\w+>|\*\*|^#+", RegexOptions.Multiline)]
    private static partial Regex Markup();

    /// <summary>The printed labels under the lines of the acknowledgement sheet: layout, not text.</summary>
    [GeneratedRegex(@"\((?:должность|подп\p{L}*|под\p{L}{2,4}сь|фамилия,\s*инициалы)\)", RegexOptions.IgnoreCase)]
    private static partial Regex FormLabel();

    [GeneratedRegex(@"[«""]?(?<day>\d{1,2})[»""]?\s+(?<month>[а-яё]+)\s+(?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex LongDate();

    [GeneratedRegex(@"(\d{4})\s*г\.?(?![\p{L}])")]
    private static partial Regex YearSuffix();
}
