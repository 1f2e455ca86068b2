namespace PolicyPortal.Domain.Documents;

/// <summary>
/// The body of a document as the director edits it and as it is frozen at publication.
/// Plain data: the rules about when it may change live in <see cref="PolicyDocument"/>,
/// the rules about whether it may be published in PublicationCheck.
/// For a standalone regulation the first appendix (of kind Regulation) is the document's own text.
/// </summary>
public sealed class DocumentContent
{
    public DocumentKind Kind { get; set; } = DocumentKind.Order;
    public Requisites Requisites { get; set; } = new();

    /// <summary>«СОГЛАСОВАНО/ПРИНЯТО/РАССМОТРЕНО» marks on the document itself (mostly standalone regulations).</summary>
    public List<ApprovalMark> ApprovalMarks { get; set; } = [];

    /// <summary>The numbered items after «приказываю:».</summary>
    public List<DirectiveItem> Items { get; set; } = [];

    public List<Appendix> Appendices { get; set; } = [];

    /// <summary>Who must acknowledge the document («С приказом ознакомлены»).</summary>
    public List<PersonRef> Acknowledgers { get; set; } = [];
}

public sealed class Requisites
{
    public string FounderLine { get; set; } = "";
    public string InstitutionName { get; set; } = "";
    /// <summary>«ТОГБПОУ «Уваровский политехнический колледж»»: reads right after «приказом директора» in the appendices' grifs.</summary>
    public string InstitutionShortName { get; set; } = "";
    /// <summary>«ПРИКАЗ», «ПОЛОЖЕНИЕ»…</summary>
    public string DocumentTypeName { get; set; } = "ПРИКАЗ";
    public DateOnly? Date { get; set; }
    /// <summary>Free text: «44», «1065/1-о», «01-06/03-1-2024».</summary>
    public string Number { get; set; } = "";
    public string Place { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>The legal basis, ending with «приказываю:».</summary>
    public string Preamble { get; set; } = "";
    public string SignatoryPosition { get; set; } = "";
    public string SignatoryName { get; set; } = "";
    /// <summary>«Исп.» line.</summary>
    public string Executor { get; set; } = "";
}

public sealed class DirectiveItem
{
    public string Text { get; set; } = "";
    public List<PersonRef> Responsible { get; set; } = [];
    public DateOnly? Deadline { get; set; }
    /// <summary>The appendix this item approves or refers to (1-based), if any.</summary>
    public int? AppendixNumber { get; set; }
}

/// <summary>A person as named in a document: by name and position, or by position only.</summary>
public sealed class PersonRef
{
    public Guid? PersonId { get; set; }
    public string FullName { get; set; } = "";
    public string Position { get; set; } = "";

    public static PersonRef Of(string fullName, string position, Guid? personId = null) =>
        new() { FullName = fullName, Position = position, PersonId = personId };

    public string Display => string.IsNullOrWhiteSpace(FullName) ? Position : $"{FullName}, {Position}".TrimEnd(',', ' ');
}

public enum MarkKind
{
    Agreed,      // СОГЛАСОВАНО
    Accepted,    // ПРИНЯТО
    Considered,  // РАССМОТРЕНО
    Approved,    // УТВЕРЖДЕНО (by a body other than the order)
}

public sealed class ApprovalMark
{
    public MarkKind Kind { get; set; } = MarkKind.Agreed;
    /// <summary>«Педагогическим советом», «Юрисконсульт ГАПОУ СО «БПТ»»…</summary>
    public string Body { get; set; } = "";
    public string ProtocolNumber { get; set; } = "";
    public DateOnly? Date { get; set; }

    public string KindTitle => Kind switch
    {
        MarkKind.Agreed => "СОГЛАСОВАНО",
        MarkKind.Accepted => "ПРИНЯТО",
        MarkKind.Considered => "РАССМОТРЕНО",
        _ => "УТВЕРЖДЕНО",
    };
}
