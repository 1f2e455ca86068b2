using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>A roster group as the editor posts it; the persons are lines of text (how directors type them).</summary>
public sealed class RosterGroupForm
{
    public string Activity { get; set; } = "";
    /// <summary>One person a line: «Рыбаков Сергей Сергеевич; Ведущий программист» or a position alone.</summary>
    public string Persons { get; set; } = "";

    public static RosterGroupForm From(RosterGroup group) => new() { Activity = group.Activity, Persons = PersonLines.Format(group.Persons) };

    public RosterGroup ToGroup() => new() { Activity = Activity.Trim(), Persons = PersonLines.Parse(Persons) };
}
