using FluentValidation;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>How the document itself is approved («как утверждён документ»), as the requisites form posts it.</summary>
public enum ApprovalChoice
{
    None,
    Personal,
    ByOrder,
    ByCouncil,
}

/// <summary>
/// The document's approval as the editor shows it: each form has its own fields, so the choice decides which are kept
/// and the others are saved empty. Loading fills only the fields of the saved form, so an imported approval comes back
/// whole (dates as written included).
/// </summary>
public sealed class ApprovalInput
{
    public ApprovalChoice Choice { get; set; }

    public string PersonalPosition { get; set; } = "";
    public string PersonalName { get; set; } = "";
    public DateOnly? PersonalDate { get; set; }
    public string PersonalDateAsWritten { get; set; } = "";

    public string OrderKeyword { get; set; } = "УТВЕРЖДЕНО";
    public string OrderPosition { get; set; } = "";
    public string OrderName { get; set; } = "";
    public string OrderAuthority { get; set; } = "";
    public DateOnly? OrderDate { get; set; }
    public string OrderDateAsWritten { get; set; } = "";
    public string OrderNumber { get; set; } = "";

    public string CouncilKeyword { get; set; } = "ПРИНЯТО";
    public string CouncilBody { get; set; } = "";
    public string CouncilProtocolNumber { get; set; } = "";
    public DateOnly? CouncilDate { get; set; }
    public string CouncilDateAsWritten { get; set; } = "";

    public static ApprovalInput From(DocumentApproval? approval) => approval switch
    {
        null => new(),
        { Form: ApprovalForm.Personal } a => new()
        {
            Choice = ApprovalChoice.Personal, PersonalPosition = a.Position, PersonalName = a.Name, PersonalDate = a.Date, PersonalDateAsWritten = a.DateAsWritten,
        },
        { Form: ApprovalForm.ByOrder } a => new()
        {
            Choice = ApprovalChoice.ByOrder, OrderKeyword = a.Keyword, OrderPosition = a.Position, OrderName = a.Name, OrderAuthority = a.OrderAuthority,
            OrderDate = a.OrderDate, OrderDateAsWritten = a.OrderDateAsWritten, OrderNumber = a.OrderNumber,
        },
        var a => new()
        {
            Choice = ApprovalChoice.ByCouncil, CouncilKeyword = a.Keyword, CouncilBody = a.Body, CouncilProtocolNumber = a.ProtocolNumber,
            CouncilDate = a.Date, CouncilDateAsWritten = a.DateAsWritten,
        },
    };

    /// <summary>The approval of the chosen form; the fields of the other forms stay empty.</summary>
    public DocumentApproval? ToApproval() => Choice switch
    {
        ApprovalChoice.Personal => new()
        {
            Form = ApprovalForm.Personal, Keyword = "УТВЕРЖДАЮ", Position = T(PersonalPosition), Name = T(PersonalName),
            Date = PersonalDate, DateAsWritten = T(PersonalDateAsWritten),
        },
        ApprovalChoice.ByOrder => new()
        {
            Form = ApprovalForm.ByOrder, Keyword = Keyword(OrderKeyword, "УТВЕРЖДЕНО"), Position = T(OrderPosition), Name = T(OrderName),
            OrderAuthority = T(OrderAuthority), OrderDate = OrderDate, OrderDateAsWritten = T(OrderDateAsWritten), OrderNumber = T(OrderNumber),
        },
        ApprovalChoice.ByCouncil => new()
        {
            Form = ApprovalForm.ByCouncil, Keyword = Keyword(CouncilKeyword, "ПРИНЯТО"), Body = T(CouncilBody), ProtocolNumber = T(CouncilProtocolNumber),
            Date = CouncilDate, DateAsWritten = T(CouncilDateAsWritten),
        },
        _ => null,
    };

    /// <summary>The keywords the select offers, with the saved one first when the source used another.</summary>
    public static IReadOnlyList<string> Keywords(string current) =>
        new[] { current, "УТВЕРЖДЕНО", "ПРИНЯТО" }.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).ToList();

    private static string T(string? value) => value?.Trim() ?? "";

    private static string Keyword(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
}

public sealed class ApprovalInputValidator : AbstractValidator<ApprovalInput>
{
    private const string Year = "Проверьте год в дате.";

    public ApprovalInputValidator()
    {
        RuleFor(a => a.Choice).IsInEnum().WithMessage("Выберите, как утверждён документ.");
        RuleFor(a => a.PersonalDate).Must(IsPlausible).When(a => a.Choice == ApprovalChoice.Personal).WithMessage(Year);
        RuleFor(a => a.OrderDate).Must(IsPlausible).When(a => a.Choice == ApprovalChoice.ByOrder).WithMessage(Year);
        RuleFor(a => a.CouncilDate).Must(IsPlausible).When(a => a.Choice == ApprovalChoice.ByCouncil).WithMessage(Year);
        RuleFor(a => a.OrderNumber).MaximumLength(64).WithMessage("Номер приказа не длиннее 64 символов.");
        RuleFor(a => a.CouncilProtocolNumber).MaximumLength(64).WithMessage("Номер протокола не длиннее 64 символов.");
    }

    private static bool IsPlausible(DateOnly? date) => date is null || (date.Value.Year >= 1990 && date.Value.Year <= 2100);
}
