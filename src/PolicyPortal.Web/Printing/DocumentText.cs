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

    /// <summary>«от 25.04.2025 № 44».</summary>
    public static string DateAndNumber(Requisites requisites) => $"от {Date(requisites.Date)} {Numbered(requisites.Number)}";

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
        var protocol = string.IsNullOrWhiteSpace(mark.ProtocolNumber) && mark.Date is null
            ? ""
            : $"(протокол {(mark.Date is null ? "" : "от " + Date(mark.Date, mark.DateAsWritten) + " ")}{(string.IsNullOrWhiteSpace(mark.ProtocolNumber) ? "" : Numbered(mark.ProtocolNumber))})".Replace(" )", ")", StringComparison.Ordinal);
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
