using System.Text.RegularExpressions;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>
/// What a published PDF may print that its source does not have: the portal's own requisites, in this one place, each
/// with the reason it is the portal's and not an invention. Everything else the PDF prints must be a word of the source.
/// </summary>
public static partial class PortalRequisites
{
    /// <summary>A requisite as a pattern over the PDF's text (whitespace collapsed) and why the portal prints it.</summary>
    public sealed record Requisite(string Name, Regex Pattern, string Reason);

    public static readonly IReadOnlyList<Requisite> All =
    [
        new("Номер страницы", PageNumberPattern(),
            "ГОСТ Р 7.0.97-2025 п. 6.4: страницы со второй нумеруются; номер стоит на самой странице, источник его не пишет."),
        new("Заголовки листа ознакомления", AcknowledgementColumns(),
            "Таблица «С приказом ознакомлены» печатается с графами для подписи и даты, только когда в документе есть лист ознакомления."),
        new("Графа «№ п/п»", RowNumberColumn(),
            "Таблицы перечня ответственных и сервисов нумеруют строки (ГОСТ Р 7.0.97: графа «№ п/п»); номера строк — числа, источник их может не писать."),
        new("Номер строки таблицы", RowNumber(),
            "Номер строки под графой «№ п/п»: число от 1, которое таблица портала ставит сама."),
        new("Отметка «протокол от … №»", MarkProtocolWords(),
            "Отметка печатается в одном порядке «(протокол от <дата> № <номер>)»; слова «протокол», «от» добавляются, когда источник пишет только номер и дату."),
        new("Приложение N к …", AppendixHeading(),
            "Номер приложения и вид документа, к которому оно относится («Приложение 2 к Порядку»): реквизит, который портал ставит каждому приложению с грифом."),
    ];

    /// <summary>The PDF's text without the portal's own requisites: each page's number, then the patterns above.</summary>
    public static string Strip(IReadOnlyList<string> pages)
    {
        var text = string.Join(' ', pages.Select((page, i) => StripPageNumber(page, i + 1)));
        foreach (var requisite in All.Where(r => r.Name != "Номер страницы"))
        {
            text = requisite.Pattern.Replace(text, " ");
        }

        return text;
    }

    /// <summary>
    /// The words of the PDF (without the portal's requisites) that the source does not have, each occurrence counted:
    /// a source that names its institution once cannot have it printed twice (an invented grif).
    /// </summary>
    public static List<string> NotInSource(string source, IReadOnlyList<string> pages)
    {
        var available = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in SourceWords(source))
        {
            available[word] = available.GetValueOrDefault(word) + 1;
        }

        var extra = new List<string>();
        foreach (var word in PdfReading.Words(Strip(pages)))
        {
            if (available.GetValueOrDefault(word) > 0)
            {
                available[word]--;
            }
            else
            {
                extra.Add(word);
            }
        }

        return extra;
    }

    /// <summary>
    /// The source's words as the import may legitimately give them back: «Nº» read as «№», and a word OCR broke at a
    /// line's end with a hyphen («сани-» / «тарно») joined, as the import joins it.
    /// </summary>
    private static IEnumerable<string> SourceWords(string source)
    {
        var text = source.Replace("Nº", "№", StringComparison.Ordinal);
        foreach (var word in PdfReading.Words(text))
        {
            yield return word;
        }

        foreach (Match broken in BrokenWord().Matches(text))
        {
            yield return (broken.Groups[1].Value + broken.Groups[2].Value).ToLowerInvariant();
        }

        // A stamp OCR read mirrored («ОТЯНИЯП») is its keyword read backwards («ПРИНЯТО»), as the import reads it.
        foreach (var word in PdfReading.Words(source))
        {
            if (ApprovalMarkParser.MirroredKeyword(word.ToUpperInvariant()) is { } keyword)
            {
                yield return keyword.ToLowerInvariant();
            }
        }
    }

    /// <summary>Each word of <paramref name="extra"/> with the words around its first place in the PDF's text, for a failure message.</summary>
    public static string InContext(IReadOnlyList<string> extra, IReadOnlyList<string> pages)
    {
        var words = PdfReading.Words(Strip(pages));
        return string.Join("; ", extra.Distinct().Select(w =>
        {
            var at = words.IndexOf(w);
            return $"«{w}» in «…{string.Join(' ', words.Skip(Math.Max(0, at - 6)).Take(12))}…»";
        }));
    }

    private static string StripPageNumber(string page, int number)
    {
        var n = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var trimmed = page.Trim();
        if (trimmed.StartsWith(n + " ", StringComparison.Ordinal))
        {
            return trimmed[(n.Length + 1)..];
        }

        return trimmed.EndsWith(" " + n, StringComparison.Ordinal) ? trimmed[..^(n.Length + 1)] : trimmed == n ? "" : trimmed;
    }

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"Должность\s+Подпись\s+Фамилия,?\s+имя,?\s+отчество\s+Дата")]
    private static partial Regex AcknowledgementColumns();

    [GeneratedRegex(@"№\s*п/п")]
    private static partial Regex RowNumberColumn();

    [GeneratedRegex(@"(?<=\s)\d{1,2}(?=\s+\p{Lu})")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"\(протокол\s+от(?=\s)")]
    private static partial Regex MarkProtocolWords();

    [GeneratedRegex(@"Приложение\s+\d+\s+к\s+(?:приказу|Порядку|Положению|Правилам|Регламенту|Инструкции)")]
    private static partial Regex AppendixHeading();

    [GeneratedRegex(@"(\p{L}+)-[ \t]*\r?\n\s*(\p{Ll}+)")]
    private static partial Regex BrokenWord();
}
