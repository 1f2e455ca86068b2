using System.Text;
using System.Text.RegularExpressions;

namespace PolicyPortal.Domain.Import;

/// <summary>The small recognisers the readers share.</summary>
public static partial class TextPatterns
{
    /// <summary>
    /// Every pattern here is linear in its input (no nested or overlapping loops); the timeout is the guard
    /// against one that is not, so that a bad line costs a second, never the server.
    /// </summary>
    public const int TimeoutMs = 1000;

    /// <summary>«Н.А.Ермакова», «А.В. Ерохин», «Рыбакова А.А.».</summary>
    [GeneratedRegex(@"(?<![\p{L}.])(?:\p{Lu}\.\s?\p{Lu}\.\s?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\.\s?\p{Lu}\.)(?![\p{L}])", RegexOptions.None, TextPatterns.TimeoutMs)]
    public static partial Regex ShortName();

    /// <summary>
    /// «УТВЕРЖДЕНО», «Согласован», «ПРИНЯТА»: the short participle only — «утверждении перечня…», a line a page break
    /// cut out of a sentence, is not a mark.
    /// </summary>
    [GeneratedRegex(@"^(?<kind>СОГЛАСОВАН|ПРИНЯТ|РАССМОТРЕН|ОДОБРЕН|УТВЕРЖДЕН)[ОАЫ]?(?![\p{L}])", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    public static partial Regex MarkKeyword();

    [GeneratedRegex(@"^(?:Положение|Порядок|Регламент|Правила|Инструкция|Перечень|Список|Реестр)(?![\p{L}])", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    public static partial Regex DocumentTypeWord();

    [GeneratedRegex(@"^Приложение(?:\s*№)?\s*(?<number>\d+)?(?![\p{L}])", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    public static partial Regex AppendixHeading();

    /// <summary>«1. Общие положения», «IV. Права…».</summary>
    [GeneratedRegex(@"^(?<number>\d{1,2}\.?|[IVX]{1,5}\.)\s+(?<text>[\p{Lu}«""].*)$", RegexOptions.None, TextPatterns.TimeoutMs)]
    public static partial Regex SectionHeading();

    /// <summary>«1.1», «3.2.», «5.11.1.» at the start of a line.</summary>
    [GeneratedRegex(@"^(?<number>\d{1,2}(?:\.\d{1,3})+\.?)(?=\s|$)\s*(?<text>.*)$", RegexOptions.None, TextPatterns.TimeoutMs)]
    public static partial Regex ClauseStart();

    /// <summary>A clause number inside a line, where OCR ran two columns together.</summary>
    [GeneratedRegex(@"\s(?<number>\d{1,2}(?:\.\d{1,3})+\.)\s+(?=\p{Lu})", RegexOptions.None, TextPatterns.TimeoutMs)]
    public static partial Regex ClauseInside();

    /// <summary>«1.1.» alone on a line: its text is on the lines after.</summary>
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,3})+\.?$", RegexOptions.None, TextPatterns.TimeoutMs)]
    public static partial Regex BareClauseNumber();

    /// <summary>«1. Утвердить…», «2) Назначить…».</summary>
    [GeneratedRegex(@"^(?<number>\d{1,2})[.)](?!\d)\s*(?<text>\S.*)$", RegexOptions.None, TextPatterns.TimeoutMs)]
    public static partial Regex NumberedItem();

    [GeneratedRegex(@"^(?<marker>[—–\-•●▪◦⇒➢✓\uF0B7\uF0A7\uF0D8\uF076])\s*(?<text>.*)$", RegexOptions.None, TextPatterns.TimeoutMs)]
    public static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:г|с|д|п|пос|пгт|ст|рп|х)\.\s*\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?$", RegexOptions.None, TextPatterns.TimeoutMs)]
    public static partial Regex Place();

    [GeneratedRegex(@"^\d{4}\s*(?:г\.?|год)?$", RegexOptions.None, TextPatterns.TimeoutMs)]
    public static partial Regex YearOnly();

    /// <summary>True when a line plainly continues the previous one (a page or line break in the middle of a sentence).</summary>
    public static bool StartsLikeContinuation(string line) =>
        line.Length > 0 && (char.IsLower(line[0]) || char.IsDigit(line[0]) || "(),;:№/".Contains(line[0], StringComparison.Ordinal));

    public static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && ".;:!?…".Contains(trimmed[^1], StringComparison.Ordinal);
    }

    /// <summary>Joins a line broken by a page break: «видео-» + «конференц» → «видео-конференц».</summary>
    public static string Join(string head, string tail) => Join(new StringBuilder(head), tail).ToString();

    /// <summary>
    /// <see cref="Join(string, string)"/> onto a builder: text that grows line by line must not be copied
    /// at every line, or a long paragraph takes quadratic time.
    /// </summary>
    public static StringBuilder Join(StringBuilder head, string tail)
    {
        if (head.Length == 0)
        {
            return head.Append(tail);
        }

        var glued = head.Length > 1 && head[^1] == '-' && char.IsLetter(head[^2]) && tail.Length > 0 && char.IsLower(tail[0]);
        return glued ? head.Append(tail) : head.Append(' ').Append(tail);
    }

    /// <summary>Lines joined one after another with <see cref="Join(StringBuilder, string)"/>.</summary>
    public static string JoinAll(IEnumerable<string> lines) => lines.Aggregate(new StringBuilder(), Join).ToString();

    /// <summary>The last character that is not white space, or '\0'.</summary>
    public static char LastVisible(StringBuilder text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }

    /// <summary>
    /// True when the text plainly stops mid-phrase: a quotation or bracket left open («Об образовании в», «(далее»),
    /// or a comma, hyphen or short preposition at its end — the next line, whatever its case, goes on with it.
    /// </summary>
    public static bool Unfinished(StringBuilder text)
    {
        int opened = 0, closed = 0, brackets = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '«': opened++; break;
                case '»': closed++; break;
                case '(': brackets++; break;
                case ')': brackets--; break;
            }
        }

        if (opened > closed || brackets > 0)
        {
            return true;
        }

        var last = LastVisible(text);
        if (last is ',' or '-' or '–' or '—')
        {
            return true;
        }

        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.ToString(start, end - start);
        return start > 0 && char.IsWhiteSpace(text[start - 1]) && word is "в" or "во" or "и" or "с" or "со" or "на" or "по" or "о" or "об" or "от" or "к" or "ко" or "для" or "за" or "из" or "при" or "а" or "или";
    }

    public static bool EndsSentence(StringBuilder text) => ".;:!?…".Contains(LastVisible(text), StringComparison.Ordinal);
}
