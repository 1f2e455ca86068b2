using System.Globalization;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Services;

namespace PolicyPortal.Web.Printing;

/// <summary>The fixed wording the print templates add around a document's content (dates, «№», grifs).</summary>
public static class DocumentText
{
    /// <summary>«№» glued to its number by a no-break space, as office practice wants.</summary>
    public const string NumberSign = "№\u00A0";

    /// <summary>Keeps «№ 1678» and «г. Уварово» on one line: the space after «№» and «г.» becomes a no-break space.</summary>
    public static string Glue(string text) => text
        .Replace("№ ", NumberSign, StringComparison.Ordinal)
        .Replace(" г. ", " г.\u00A0", StringComparison.Ordinal);

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "«___» ________ 20__";

    /// <summary>The date in the source's own form («« 3 » марта 2025 г.») when the source gave one.</summary>
    public static string Date(DateOnly? date, string asWritten) => string.IsNullOrWhiteSpace(asWritten) ? Date(date) : asWritten.Trim();

    /// <summary>
    /// The lines of the document's own approval as its source has it; none of «УТВЕРЖДАЮ ______» is added to a
    /// document approved by an order or a council.
    /// </summary>
    public static IReadOnlyList<string> Approval(DocumentApproval approval)
    {
        var number = string.IsNullOrWhiteSpace(approval.OrderNumber) ? NumberSign + "____" : NumberSign + approval.OrderNumber.Trim();
        var protocol = string.IsNullOrWhiteSpace(approval.ProtocolNumber) && approval.Date is null && approval.DateAsWritten.Length == 0
            ? ""
            : $"(протокол от {Date(approval.Date, approval.DateAsWritten)} {Numbered(approval.ProtocolNumber)})";
        IEnumerable<string> lines = approval.Form switch
        {
            ApprovalForm.Personal => ["УТВЕРЖДАЮ", approval.Position, $"______________ {approval.Name}".TrimEnd(), Date(approval.Date, approval.DateAsWritten)],
            ApprovalForm.ByOrder => [approval.Keyword, approval.Position, approval.Name,
                $"приказом {approval.OrderAuthority}".TrimEnd(), $"от {Date(approval.OrderDate, approval.OrderDateAsWritten)} {number}"],
            _ => [approval.Keyword, approval.Body, protocol],
        };
        return [.. lines.Where(l => !string.IsNullOrWhiteSpace(l))];
    }

    public static string Numbered(string number) => NumberSign + (string.IsNullOrWhiteSpace(number) ? "____" : number.Trim());

    /// <summary>«от 25.04.2025 № 44», the date as the source writes it.</summary>
    public static string DateAndNumber(Requisites requisites) =>
        $"от {Date(requisites.Date, requisites.DateAsWritten)} {Numbered(requisites.Number)}";

    /// <summary>
    /// The lines of a standalone document's own approval. Content from before version 2 has no <see cref="DocumentContent.Approval"/>
    /// and prints «УТВЕРЖДАЮ» by the signatory, as it did then; later content without one prints none (a grif is never invented).
    /// </summary>
    public static IReadOnlyList<string> DocumentApproval(DocumentContent content) => content.Approval switch
    {
        { } approval => Approval(approval),
        null when content.Version < 2 && content.Kind == DocumentKind.StandaloneRegulation =>
            ["УТВЕРЖДАЮ", content.Requisites.SignatoryPosition, "______________ " + content.Requisites.SignatoryName, Date(content.Requisites.Date)],
        _ => [],
    };

    /// <summary>
    /// The document's marks that stand at the top (left or right of its approval). A version-1 order printed all its
    /// marks under the title, and still does.
    /// </summary>
    public static IReadOnlyList<ApprovalMark> TopMarks(DocumentContent content, MarkPlacement placement) =>
        LegacyOrderMarks(content) ? [] : [.. content.ApprovalMarks.Where(m => m.Placement == placement)];

    public static bool LegacyOrderMarks(DocumentContent content) => content.Version < 2 && content.Kind == DocumentKind.Order;

    /// <summary>«Порядку», «Положению», «Правилам»: the document's kind in the dative, for «Приложение 1 к …».</summary>
    public static string KindDative(DocumentContent content) => DocumentTitles.KindDative(content);

    /// <summary>«Приказ», «Порядок», «Положение»: the printed kind («ПОРЯДОК») in sentence case.</summary>
    public static string KindWord(DocumentContent content) => DocumentTitles.KindWord(content);

    /// <summary>The date on the date line: as written, or blank ««___» ________ 20__» only where the document has requisites of its own.</summary>
    /// <summary>«По состоянию на 01.03.2023» above a prohibited list, unless its title already says so.</summary>
    public static string? AsOfLine(Appendix appendix) =>
        appendix.ProhibitedAsOf is { } asOf && !appendix.Title.Contains("по состоянию на", StringComparison.OrdinalIgnoreCase)
            ? $"По состоянию на {Date(asOf)}"
            : null;

    public static string HeadDate(DocumentContent content)
    {
        var r = content.Requisites;
        return OwnRequisitesOnly(content) && r.Date is null && r.DateAsWritten.Trim().Length == 0 ? "" : Date(r.Date, r.DateAsWritten);
    }

    public static string HeadNumber(DocumentContent content)
    {
        var r = content.Requisites;
        return OwnRequisitesOnly(content) && r.Number.Trim().Length == 0 ? "" : Numbered(r.Number);
    }

    /// <summary>
    /// A standalone regulation prints the date and number it has of its own and no blanks for those it lacks, whether
    /// an order approves it or its approval is still to be given; content from before version 2 printed the blanks
    /// unless it had an approval, and still does (snapshot versioning).
    /// </summary>
    private static bool OwnRequisitesOnly(DocumentContent content) =>
        content.Kind == DocumentKind.StandaloneRegulation && (content.Approval is not null || content.Version >= 2);

    /// <summary>The roster's columns: «№», the activity, then the name and the position unless no person has one.</summary>
    public static RosterColumns Roster(Appendix appendix)
    {
        var persons = appendix.Roster.SelectMany(g => g.Persons).ToList();
        var names = persons.Count == 0 || persons.Exists(p => !string.IsNullOrWhiteSpace(p.FullName));
        var positions = persons.Count == 0 || persons.Exists(p => !string.IsNullOrWhiteSpace(p.Position));
        List<string> headers = ["№ п/п", "Направление работы"];
        if (names)
        {
            headers.Add("Ответственное лицо");
        }

        if (positions)
        {
            headers.Add("Должность");
        }

        return new RosterColumns(names, positions, Headers(appendix, headers));
    }

    public static IReadOnlyList<string> ServicesHeaders(Appendix appendix) =>
        Headers(appendix, ["№ п/п", "Сервис", "Назначение", "Взаимодействие"]);

    /// <summary>
    /// The source's own column headers when it gave one for each printed column; otherwise the portal's. A source
    /// table without a number column («Наименование мероприятия | ФИО | Должность») keeps its headers after «№ п/п».
    /// </summary>
    private static List<string> Headers(Appendix appendix, List<string> portal)
    {
        var source = appendix.ColumnHeaders.Select(h => h.Trim()).ToList();
        if (source.Count == 0 || source.Exists(h => h.Length == 0))
        {
            return portal;
        }

        if (source.Count == portal.Count - 1 && !source[0].StartsWith('№'))
        {
            source.Insert(0, portal[0]);
        }

        return source.Count == portal.Count ? source : portal;
    }

    /// <summary>A text's lines as the source broke them («…реестра сервисов» / «ПРИКАЗЫВАЮ:»), blank ones dropped.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The lines of an appendix's grif. «приказом директора» is followed by the institution only when its name
    /// starts with an abbreviation («ТОГБПОУ «…»»): a full name is in the nominative and cannot follow «директора».
    /// </summary>
    public static IReadOnlyList<string> Grif(Requisites requisites, Appendix appendix, int number)
    {
        if (!string.IsNullOrWhiteSpace(appendix.GrifOverride))
        {
            return [.. appendix.GrifOverride.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        }

        // The short name («ТОГБПОУ «…»») reads right after «директора»; a full name in the nominative would not.
        var institution = requisites.InstitutionShortName.Trim() is { Length: > 0 } shortName ? shortName : requisites.InstitutionName.Trim();
        var byDirector = StartsWithAbbreviation(institution) ? $"приказом директора {institution}" : "приказом директора";
        return [$"Приложение {number}", "УТВЕРЖДЕНО", byDirector, DateAndNumber(requisites)];
    }

    public static string Mark(ApprovalMark mark)
    {
        var hasDate = mark.Date is not null || !string.IsNullOrWhiteSpace(mark.DateAsWritten);
        var protocol = string.IsNullOrWhiteSpace(mark.ProtocolNumber) && !hasDate
            ? ""
            : $"(протокол {(hasDate ? "от " + Date(mark.Date, mark.DateAsWritten) + " " : "")}{(string.IsNullOrWhiteSpace(mark.ProtocolNumber) ? "" : Numbered(mark.ProtocolNumber))})".Replace(" )", ")", StringComparison.Ordinal);
        return $"{mark.Body.Trim()} {protocol}".Trim();
    }

    public static string InteractionName(Interaction interaction) => interaction switch
    {
        Interaction.Synchronous => "синхронное",
        Interaction.Asynchronous => "асинхронное",
        Interaction.Both => "синхронное и асинхронное",
        _ => "—",
    };

    private static bool StartsWithAbbreviation(string name)
    {
        var first = name.Split(' ', 2)[0];
        return first.Length >= 2 && first.All(c => char.IsUpper(c) || c == '-');
    }
}

/// <summary>Which roster columns print, and their headers.</summary>
public sealed record RosterColumns(bool Names, bool Positions, IReadOnlyList<string> Headers);
