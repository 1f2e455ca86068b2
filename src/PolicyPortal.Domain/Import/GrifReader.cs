using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>What an «УТВЕРЖДЕНО …» grif says: the approving order's date and number, and a council's approval if there is one.</summary>
public sealed record Grif(string Text, DateOnly? OrderDate, string OrderNumber, ApprovalMark? CouncilMark)
{
    /// <summary>Whose order, as written after «приказом»: «директора ГАПОУ СО «БПТ»».</summary>
    public string OrderAuthority { get; init; } = "";

    /// <summary>The order's date as the source writes it: «13.10.2025г.».</summary>
    public string OrderDateAsWritten { get; init; } = "";
}

public static partial class GrifReader
{
    /// <summary>Lines that carry on a grif: «приказом директора…», «(протокол от … № 7)», «от 13.10.2025г. №422».</summary>
    public static bool IsContinuation(string line) => Continuation().IsMatch(line);

    public static Grif Read(string text)
    {
        var keyword = TextPatterns.MarkKeyword().Match(text);
        var rest = keyword.Success ? text[keyword.Length..] : text;

        // The order's own «от … № …» is the one outside the «(протокол …)» part.
        var withoutProtocol = ProtocolPart().Replace(rest, " ");
        DateOnly? orderDate = null;
        string orderNumber = "", orderDateAsWritten = "", authority = "";
        var order = OrderReference().Match(withoutProtocol);
        if (order.Success)
        {
            orderDate = RussianDate.Find(order.Groups["date"].Value);
            orderDateAsWritten = order.Groups["date"].Value.Trim();
            orderNumber = order.Groups["number"].Value.Trim().TrimEnd('.', ',', ')');
        }

        var byOrderOutside = ByOrder().Match(withoutProtocol);
        if (byOrderOutside.Success)
        {
            var after = withoutProtocol[(byOrderOutside.Index + byOrderOutside.Length)..];
            var from = order.Success && order.Index > byOrderOutside.Index ? order.Index - byOrderOutside.Index - byOrderOutside.Length : after.Length;
            authority = after[..from].Trim(' ', ',', '\t');
        }

        ApprovalMark? council = null;
        var byOrder = ByOrder().Match(rest);
        if (!byOrder.Success && CouncilWord().IsMatch(rest))
        {
            // «УТВЕРЖДЕНО решением педагогического совета (протокол от … № …)»: a council's approval, no order.
            var mark = ApprovalMarkParser.Parse("УТВЕРЖДЕНО " + rest.Trim(), out _);
            return new Grif(text.Trim(), null, "", mark.Body.Length > 0 || mark.ProtocolNumber.Length > 0 ? mark : null);
        }

        var body = (byOrder.Success ? rest[..byOrder.Index] : "").Trim(' ', ',', '\t');
        var protocol = ProtocolPart().Match(rest);
        if (body.Length > 0 || protocol.Success)
        {
            var markText = "УТВЕРЖДЕНО " + body + (protocol.Success ? " " + protocol.Value.Trim('(', ')', ' ') : "");
            council = ApprovalMarkParser.Parse(markText, out _);
            council.Body = body;
        }

        return new Grif(text.Trim(), orderDate, orderNumber, council) { OrderAuthority = authority, OrderDateAsWritten = orderDateAsWritten };
    }

    /// <summary>
    /// A grif the source wrote on one line, laid out on the lines a grif has: «УТВЕРЖДЕНО» / «приказом директора …» /
    /// «от 25.04.2025г. № 44». Only line breaks are added; every word stays.
    /// </summary>
    public static IReadOnlyList<string> Layout(string line)
    {
        var lines = new List<string>();
        var keyword = TextPatterns.MarkKeyword().Match(line);
        if (!keyword.Success)
        {
            return [line];
        }

        var rest = line;
        if (keyword.Length < line.Trim().Length)
        {
            lines.Add(keyword.Value);
            rest = line[keyword.Length..].Trim();
        }

        var order = OrderReference().Match(rest);
        if (order.Success && order.Index > 0 && !ProtocolPart().IsMatch(rest))
        {
            lines.Add(rest[..order.Index].Trim());
            lines.Add(rest[order.Index..].Trim());
        }
        else
        {
            lines.Add(rest.Trim());
        }

        return [.. lines.Where(l => l.Length > 0)];
    }

    [GeneratedRegex(@"^(?:\(?\s*протокол|приказом|приказ\s|распоряжением|решением|советом|педагогическим|общим|от\s|№|директор|к\s+(?:приказу|положению|порядку)|[\p{Lu}]\.\s?[\p{Lu}]\.|_{3,})", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Continuation();

    [GeneratedRegex(@"(?:\(\s*)?протокол\p{L}*[^)]*\)?", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex ProtocolPart();

    [GeneratedRegex(@"от\s+(?<date>[«""]?\d{1,2}[»""]?(?:\.\d{1,2}\.|\s+\p{L}+\s+)\d{4}(?:\s*(?:г\.?|года))?)\s*(?:№|N[º°o]?)\s*(?<number>[^\s,;)]+)", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex OrderReference();

    [GeneratedRegex(@"совет|собрани|решени|конференци", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex CouncilWord();

    [GeneratedRegex(@"(?<![\p{L}])(?:приказом|распоряжением)(?![\p{L}])", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex ByOrder();
}
