using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyPortal.Domain.Import;

/// <summary>Dates as Russian documents write them: «25.04.2025», «25.04.2025г.», «25 ноября 2024 г.», «"12" апреля 2025 г.», «"14" 05 2025 г.».</summary>
public static partial class RussianDate
{
    private static readonly string[] Months =
        ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    /// <summary>The first date in <paramref name="text"/>, with the span it takes (the «г.» after it included).</summary>
    public static bool TryFind(string text, out DateOnly date, out int index, out int length)
    {
        date = default;
        index = length = 0;
        var match = Any().Match(text);
        while (match.Success)
        {
            if (TryBuild(match, out date))
            {
                index = match.Index;
                length = match.Length;
                return true;
            }

            match = match.NextMatch();
        }

        return false;
    }

    public static DateOnly? Find(string text) => TryFind(text, out var date, out _, out _) ? date : null;

    private static bool TryBuild(Match match, out DateOnly date)
    {
        date = default;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["month"].Success)
        {
            month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            var name = match.Groups["name"].Value.ToLowerInvariant();
            month = Array.FindIndex(Months, m => name.StartsWith(m, StringComparison.Ordinal) && (m != "ма" || name is "мая" or "май")) + 1;
        }

        if (month is < 1 or > 12 || year is < 1900 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"(?:[«""“]\s*)?(?<day>\d{1,2})(?:\s*[»""”])?(?:\.(?<month>\d{1,2})\.|\s+(?<name>[а-яё]{3,9})\s+|(?<=[»""”])\s*(?<month>\d{2})\s+)(?<year>\d{4})(?:[ \u00A0]*г(?:ода|\.)?(?![а-яё]))?", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Any();
}
