using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// Tells an OCR line-break hyphen («сани-» / «тарно-эпидемиологических») from a real one («видео-» / «конференц-связи»)
/// by the source itself: the hyphen is dropped only when the source elsewhere writes the whole word without it and
/// never with it. With no such evidence the hyphen stays (nothing is changed on a guess).
/// </summary>
public sealed partial class BreakHyphens(string source)
{
    private readonly string source = source;

    public bool TryJoin(string line, string next, out string joined, out string note)
    {
        joined = note = "";
        if (line.Length < 3 || line[^1] != '-' || next.Length == 0)
        {
            return false;
        }

        var head = LastWord().Match(line);
        var tail = FirstWord().Match(next);
        if (!head.Success || !tail.Success || !char.IsLower(next[0]))
        {
            return false;
        }

        var stem = head.Groups["stem"].Value;
        var rest = tail.Groups["word"].Value;
        var whole = stem + rest;
        if (Occurs(stem + "-" + rest) || !Occurs(whole))
        {
            return false;
        }

        joined = line[..head.Groups["stem"].Index] + whole + next[rest.Length..];
        var shownTail = tail.Value.TrimEnd('-');
        note = string.Create(CultureInfo.InvariantCulture,
            $"Перенос слова «{stem}-» / «{shownTail}» на новую строку снят: «{whole}» (так слово написано в других местах документа).");
        return true;
    }

    private HashSet<string>? words;
    private HashSet<string>? pairs;

    /// <summary>
    /// True when the source has the word (or the hyphenated pair «видео-конференц») on one line. The sets are built
    /// once, so that a text of many broken lines is still read in linear time.
    /// </summary>
    private bool Occurs(string word)
    {
        if (words is null || pairs is null)
        {
            words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            pairs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (Match token in Token().Matches(source))
            {
                var parts = token.Value.Split('-');
                words.UnionWith(parts);
                for (var i = 1; i < parts.Length; i++)
                {
                    pairs.Add(parts[i - 1] + "-" + parts[i]);
                }
            }
        }

        return word.Contains('-', StringComparison.Ordinal) ? pairs.Contains(word) : words.Contains(word);
    }

    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)*", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?<![\p{L}-])(?<stem>\p{L}{2,})-$", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex LastWord();

    [GeneratedRegex(@"^(?<word>\p{Ll}+)", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex FirstWord();
}
