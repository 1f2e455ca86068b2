using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// «СОГЛАСОВАНО Юрисконсульт…», «Рассмотрено и одобрено на заседании … протокол № 10 от «12» апреля 2025 г.», «ПРИНЯТО …».
/// </summary>
public static partial class ApprovalMarkParser
{
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
            bodyEnd = Math.Min(bodyEnd, StartOfDatePhrase(rest, dateIndex));
            end = Math.Max(protocol.Success ? end : 0, dateIndex + dateLength);
        }

        mark.Body = rest[..bodyEnd].Trim(' ', ',', ':', '(', '\t');
        var tail = rest[end..].Trim(' ', ')', '.', ',', ';', '\t');
        if (tail.Length > 0 && char.IsUpper(tail[0]) && tail.Length > 15)
        {
            remainder = tail;
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

    [GeneratedRegex(@"(?:\(\s*)?протокол\p{L}*\s*(?:от\s+[^№]{6,25}?\s*)?(?:№|N[º°o]?)\s*(?<number>[\w\-/]+)", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Protocol();
}
