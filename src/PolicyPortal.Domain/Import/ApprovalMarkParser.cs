using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// «СОГЛАСОВАНО Юрисконсульт…», «Рассмотрено и одобрено на заседании … протокол № 10 от «12» апреля 2025 г.», «ПРИНЯТО …».
/// </summary>
public static partial class ApprovalMarkParser
{
    /// <summary>True when the mark's text already names its protocol or date: a mark written over several lines ends there.</summary>
    public static bool IsComplete(string text) => Protocol().IsMatch(text) || RussianDate.TryFind(text, out _, out _, out _);

    public static bool HasProtocol(string text) => Protocol().IsMatch(text);

    public static bool HasDate(string text) => RussianDate.TryFind(text, out _, out _, out _);

    public static bool IsMarkStart(string line)
    {
        var match = TextPatterns.MarkKeyword().Match(line);
        return match.Success && !match.Groups["kind"].Value.StartsWith("УТВЕРЖДЕН", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Parses one mark. <paramref name="remainder"/> is text run on after the mark's date that starts
    /// something else (OCR glued the next heading to the mark).
    /// </summary>
    public static ApprovalMark Parse(string text, out string remainder)
    {
        remainder = "";
        var keyword = TextPatterns.MarkKeyword().Match(text);
        var mark = new ApprovalMark { Kind = KindOf(keyword.Groups["kind"].Value) };
        var rest = text[keyword.Length..];
        var endorsed = AndEndorsed().Match(rest);
        if (mark.Kind == MarkKind.Considered && endorsed.Success)
        {
            mark.Kind = MarkKind.ConsideredAndEndorsed;
            rest = rest[endorsed.Length..];
        }

        var end = rest.Length;
        var bodyEnd = rest.Length;

        var protocol = Protocol().Match(rest);
        if (protocol.Success)
        {
            mark.ProtocolNumber = protocol.Groups["number"].Value.TrimEnd('.', ',', ')');
            bodyEnd = protocol.Index;
            end = protocol.Index + protocol.Length;
        }

        if (RussianDate.TryFind(rest, out var date, out var dateIndex, out var dateLength))
        {
            mark.Date = date;
            mark.DateAsWritten = rest.Substring(dateIndex, dateLength).Trim();
            bodyEnd = Math.Min(bodyEnd, StartOfDatePhrase(rest, dateIndex));
            end = Math.Max(protocol.Success ? end : 0, dateIndex + dateLength);
        }

        mark.Body = rest[..bodyEnd].Trim(' ', ',', ':', '(', '\t');
        var tail = rest[end..].Trim(' ', ')', '.', ',', ';', '\t');
        if (tail.Length > 0 && char.IsUpper(tail[0]) && tail.Length > 15)
        {
            // The next text keeps its own ending («… 2025 г.» of a second mark on the same line).
            remainder = rest[end..].TrimStart(' ', ')', '.', ',', ';', '\t').TrimEnd();
        }
        else if (tail.Length > 0 && tail.Any(char.IsLetterOrDigit))
        {
            mark.Body = (mark.Body + " " + tail).Trim();
        }

        return mark;
    }

    private static int StartOfDatePhrase(string text, int dateIndex)
    {
        var before = text[..dateIndex].TrimEnd();
        return before.EndsWith(" от", StringComparison.OrdinalIgnoreCase) ? before.Length - 3 : dateIndex;
    }

    private static MarkKind KindOf(string keyword) => keyword.ToUpperInvariant() switch
    {
        "СОГЛАСОВАН" => MarkKind.Agreed,
        "ПРИНЯТ" => MarkKind.Accepted,
        "УТВЕРЖДЕН" => MarkKind.Approved,
        _ => MarkKind.Considered,
    };

    /// <summary>
    /// A mark keyword OCR read from a stamp printed mirrored: «ОТЯНИЯП» is «ПРИНЯТО» backwards, with the mirrored «Р»
    /// read as «Я» (and the mirrored «Я» as itself), so each «Я» is tried both ways.
    /// </summary>
    public static string? MirroredKeyword(string line)
    {
        var reversed = new string(line.Trim().Reverse().ToArray()).ToUpperInvariant();
        var ya = reversed.Select((c, i) => (c, i)).Where(p => p.c == 'Я').Select(p => p.i).ToArray();
        if (reversed.Length is < 6 or > 20 || ya.Length > 4 || reversed.Any(c => !char.IsLetter(c)))
        {
            return null;
        }

        for (var mask = 0; mask < 1 << ya.Length; mask++)
        {
            var letters = reversed.ToCharArray();
            for (var bit = 0; bit < ya.Length; bit++)
            {
                letters[ya[bit]] = (mask & (1 << bit)) != 0 ? 'Р' : 'Я';
            }

            var candidate = new string(letters);
            if (TextPatterns.MarkKeyword().Match(candidate) is { Success: true } match && match.Length == candidate.Length && IsMarkWord(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsMarkWord(string word) => word is "ПРИНЯТО" or "СОГЛАСОВАНО" or "УТВЕРЖДЕНО" or "РАССМОТРЕНО" or "ОДОБРЕНО" or "УТВЕРЖДАЮ";

    [GeneratedRegex(@"^\s*и\s+одобрен\p{L}*", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex AndEndorsed();

    [GeneratedRegex(@"(?:\(\s*)?протокол\p{L}*\s*(?:от\s+[^№]{6,25}?\s*)?(?:№|N[º°o]?)\s*(?<number>[\w\-/]+)", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Protocol();
}
