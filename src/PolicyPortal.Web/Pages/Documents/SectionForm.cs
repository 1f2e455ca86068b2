using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>A regulation section as the editor posts it.</summary>
public sealed class SectionForm
{
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public List<ClauseForm> Clauses { get; set; } = [];

    public static SectionForm From(Section section) => new()
    {
        Number = section.Number,
        Title = section.Title,
        Clauses = section.Clauses.Select(ClauseForm.From).ToList(),
    };

    public Section ToSection() => new()
    {
        Number = Number.Trim(),
        Title = Title.Trim(),
        Clauses = Clauses.Select(c => c.ToClause()).ToList(),
    };
}
