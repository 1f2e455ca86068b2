using System.Text.RegularExpressions;

namespace PolicyPortal.Domain.Import;

/// <summary>The small recognisers the readers share.</summary>
public static partial class TextPatterns
{
    /// <summary>«Н.А.Ермакова», «А.В. Ерохин», «Рыбакова А.А.».</summary>
    [GeneratedRegex(@"(?<![\p{L}.])(?:\p{Lu}\.\s?\p{Lu}\.\s?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\.\s?\p{Lu}\.)(?![\p{L}])")]
    public static partial Regex ShortName();

    [GeneratedRegex(@"^(?<kind>СОГЛАСОВАН|ПРИНЯТ|РАССМОТРЕН|ОДОБРЕН|УТВЕРЖДЕН)[\p{L}]*(?![\p{L}])", RegexOptions.IgnoreCase)]
    public static partial Regex MarkKeyword();

    [GeneratedRegex(@"^(?:Положение|Порядок|Регламент|Правила|Инструкция|Перечень|Список|Реестр)(?![\p{L}])", RegexOptions.IgnoreCase)]
    public static partial Regex DocumentTypeWord();

    [GeneratedRegex(@"^Приложение(?:\s*№)?\s*(?<number>\d+)?(?![\p{L}])", RegexOptions.IgnoreCase)]
    public static partial Regex AppendixHeading();

    /// <summary>«1. Общие положения», «IV. Права…».</summary>
    [GeneratedRegex(@"^(?<number>\d{1,2}\.?|[IVX]{1,5}\.)\s+(?<text>[\p{Lu}«""].*)$")]
    public static partial Regex SectionHeading();

    /// <summary>«1.1», «3.2.», «5.11.1.» at the start of a line.</summary>
    [GeneratedRegex(@"^(?<number>\d{1,2}(?:\.\d{1,3})+\.?)(?=\s|$)\s*(?<text>.*)$")]
    public static partial Regex ClauseStart();

    /// <summary>A clause number inside a line, where OCR ran two columns together.</summary>
    [GeneratedRegex(@"\s(?<number>\d{1,2}(?:\.\d{1,3})+\.)\s+(?=\p{Lu})")]
    public static partial Regex ClauseInside();

    /// <summary>«1. Утвердить…», «2) Назначить…».</summary>
    [GeneratedRegex(@"^(?<number>\d{1,2})[.)]\s*(?<text>\S.*)$")]
    public static partial Regex NumberedItem();

    [GeneratedRegex(@"^(?<marker>[—–\-•●▪◦⇒➢✓\uF0B7\uF0A7\uF0D8\uF076])\s*(?<text>.*)$")]
    public static partial Regex ListMarker();

    [GeneratedRegex(@"^г\.\s*\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?$")]
    public static partial Regex Place();

    [GeneratedRegex(@"^\d{4}\s*(?:г\.?|год)?$")]
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
    public static string Join(string head, string tail)
    {
        if (head.Length == 0)
        {
            return tail;
        }

        return head.Length > 1 && head[^1] == '-' && char.IsLetter(head[^2]) && tail.Length > 0 && char.IsLower(tail[0])
            ? head + tail
            : head + " " + tail;
    }
}
