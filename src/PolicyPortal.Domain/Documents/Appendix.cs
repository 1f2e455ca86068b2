using PolicyPortal.Domain.Services;

namespace PolicyPortal.Domain.Documents;

public enum AppendixKind
{
    Regulation,
    ApprovedServices,
    Roster,
    ProhibitedServices,
    FreeText,
}

/// <summary>
/// One appendix. Only the part that matches <see cref="Kind"/> is used; one flat shape keeps
/// the JSON, the forms and the print templates simple.
/// </summary>
public sealed class Appendix
{
    public AppendixKind Kind { get; set; }
    public string Title { get; set; } = "";
    public List<ApprovalMark> ApprovalMarks { get; set; } = [];

    /// <summary>Replaces the grif that is otherwise filled from the order («УТВЕРЖДЕНО приказом директора … от … № …»).</summary>
    public string? GrifOverride { get; set; }

    /// <summary>The source prints this appendix without any grif: none is printed (a grif is never invented).</summary>
    public bool WithoutGrif { get; set; }

    /// <summary>The roster's or services table's column headers as the source has them; empty prints the portal's own.</summary>
    public List<string> ColumnHeaders { get; set; } = [];

    public List<Section> Sections { get; set; } = [];
    public List<ServiceEntry> Services { get; set; } = [];
    public List<RosterGroup> Roster { get; set; } = [];
    public DateOnly? ProhibitedAsOf { get; set; }
    public List<string> ProhibitedServices { get; set; } = [];
    public string Text { get; set; } = "";
}

public sealed class Section
{
    public const int MaxTitleLength = 2000;

    /// <summary>As written: «1», «3.», «IV». Empty for text that stands before the first section.</summary>
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public List<Clause> Clauses { get; set; } = [];
}

/// <summary>A numbered clause («1.1.», «3.6.1.») or, with no number, a plain paragraph; may hold a list.</summary>
public sealed class Clause
{
    public const int MaxTextLength = 10_000;
    /// <summary>The clause's whole list as the editor posts it: one item a line.</summary>
    public const int MaxListLength = 20_000;

    public string Number { get; set; } = "";
    public string Text { get; set; } = "";
    public List<ListItem> Items { get; set; } = [];

    /// <summary>Nesting depth from the number: «1.» → 1, «1.1.» → 2, «3.6.1.» → 3; 0 for a paragraph.</summary>
    public int Level => Number.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
}

public sealed class ListItem
{
    /// <summary>«—», «-», «•», «⇒»…</summary>
    public string Marker { get; set; } = "—";
    public string Text { get; set; } = "";
}

public sealed class ServiceEntry
{
    public Guid? ServiceId { get; set; }
    public string Name { get; set; } = "";
    public string Purpose { get; set; } = "";
    public Interaction Interaction { get; set; }
    public bool IsStateSystem { get; set; }
    public string Url { get; set; } = "";
}

public sealed class RosterGroup
{
    public string Activity { get; set; } = "";
    public List<PersonRef> Persons { get; set; } = [];
}
