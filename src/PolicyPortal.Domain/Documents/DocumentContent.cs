namespace PolicyPortal.Domain.Documents;

/// <summary>
/// The body of a document as the director edits it and as it is frozen at publication.
/// Plain data: the rules about when it may change live in <see cref="PolicyDocument"/>,
/// the rules about whether it may be published in PublicationCheck.
/// For a standalone regulation the first appendix (of kind Regulation) is the document's own text.
/// </summary>
public sealed class DocumentContent
{
    /// <summary>
    /// 1: snapshots from before the approval and the marks' places were kept (no «version» in their JSON);
    /// 2: <see cref="Approval"/>, <see cref="ApprovalMark.Placement"/> and dates as written. Every field added since
    /// has a default that prints a version-1 snapshot as it printed then.
    /// </summary>
    public const int CurrentVersion = 2;

    public int Version { get; set; } = CurrentVersion;
    public DocumentKind Kind { get; set; } = DocumentKind.Order;
    public Requisites Requisites { get; set; } = new();

    /// <summary>How the document itself is approved, as its source says; null prints «УТВЕРЖДАЮ» by the signatory (as before version 2).</summary>
    public DocumentApproval? Approval { get; set; }

    /// <summary>«СОГЛАСОВАНО/ПРИНЯТО/РАССМОТРЕНО» marks on the document itself (mostly standalone regulations).</summary>
    public List<ApprovalMark> ApprovalMarks { get; set; } = [];

    /// <summary>The numbered items after «приказываю:».</summary>
    public List<DirectiveItem> Items { get; set; } = [];

    public List<Appendix> Appendices { get; set; } = [];

    /// <summary>Who must acknowledge the document («С приказом ознакомлены»).</summary>
    public List<PersonRef> Acknowledgers { get; set; } = [];

    /// <summary>
    /// Whether the paper carries the «С приказом ознакомлены» table. An imported document has it only when its
    /// source had one: an order acknowledged online needs no empty table on paper.
    /// </summary>
    public bool AcknowledgementBlock { get; set; } = true;
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
    /// <summary>The date as the source writes it («25 ноября 2024 г.»); empty prints <see cref="Date"/> as 25.11.2024.</summary>
    public string DateAsWritten { get; set; } = "";
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
    ConsideredAndEndorsed, // РАССМОТРЕНО И ОДОБРЕНО
}

/// <summary>Where a mark stands on the page, as the source has it.</summary>
public enum MarkPlacement
{
    TopLeft,
    TopRight,
    AfterText,
}

public sealed class ApprovalMark
{
    public MarkKind Kind { get; set; } = MarkKind.Agreed;
    /// <summary>«Педагогическим советом», «Юрисконсульт ГАПОУ СО «БПТ»»…</summary>
    public string Body { get; set; } = "";
    public string ProtocolNumber { get; set; } = "";
    public DateOnly? Date { get; set; }
    /// <summary>The date as the source writes it («« 3 » марта 2025 г.»); empty prints <see cref="Date"/> as 03.03.2025.</summary>
    public string DateAsWritten { get; set; } = "";
    public MarkPlacement Placement { get; set; } = MarkPlacement.TopLeft;

    public string KindTitle => Kind switch
    {
        MarkKind.Agreed => "СОГЛАСОВАНО",
        MarkKind.Accepted => "ПРИНЯТО",
        MarkKind.Considered => "РАССМОТРЕНО",
        MarkKind.ConsideredAndEndorsed => "РАССМОТРЕНО И ОДОБРЕНО",
        _ => "УТВЕРЖДЕНО",
    };
}

public enum ApprovalForm
{
    /// <summary>«УТВЕРЖДАЮ» / position / signature line and name / date.</summary>
    Personal,
    /// <summary>«УТВЕРЖДЕНО приказом директора … от … № …»: the approving order is not the document's own number and date.</summary>
    ByOrder,
    /// <summary>«ПРИНЯТО (УТВЕРЖДЕНО) решением совета … (протокол от … № …)».</summary>
    ByCouncil,
}

/// <summary>How the document itself is approved. Fields that do not belong to <see cref="Form"/> stay empty.</summary>
public sealed class DocumentApproval
{
    public ApprovalForm Form { get; set; }
    /// <summary>«УТВЕРЖДЕНО» or «ПРИНЯТО» for <see cref="ApprovalForm.ByOrder"/> and <see cref="ApprovalForm.ByCouncil"/>.</summary>
    public string Keyword { get; set; } = "УТВЕРЖДЕНО";
    /// <summary>The approving person («Директор ГАПОУ СО «БПТ»», «Н.А. Ермакова»), for «УТВЕРЖДАЮ».</summary>
    public string Position { get; set; } = "";
    public string Name { get; set; } = "";
    public DateOnly? Date { get; set; }
    public string DateAsWritten { get; set; } = "";
    /// <summary>Whose order: «директора ГАПОУ СО «БПТ»».</summary>
    public string OrderAuthority { get; set; } = "";
    public DateOnly? OrderDate { get; set; }
    public string OrderDateAsWritten { get; set; } = "";
    /// <summary>As written; empty when the source leaves it blank («№ ___»).</summary>
    public string OrderNumber { get; set; } = "";
    /// <summary>The council for <see cref="ApprovalForm.ByCouncil"/>: «решением педагогического совета».</summary>
    public string Body { get; set; } = "";
    public string ProtocolNumber { get; set; } = "";
}
