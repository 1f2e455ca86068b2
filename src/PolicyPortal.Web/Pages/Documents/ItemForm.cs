using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>An order item as the editor posts it; the responsible persons are lines of text.</summary>
public sealed class ItemForm
{
    public string Text { get; set; } = "";
    public int? AppendixNumber { get; set; }
    public DateOnly? Deadline { get; set; }
    /// <summary>One person a line: «Рыбакова А.А.; заместитель директора» or just a position.</summary>
    public string Responsible { get; set; } = "";

    public static ItemForm From(DirectiveItem item) => new()
    {
        Text = item.Text,
        AppendixNumber = item.AppendixNumber,
        Deadline = item.Deadline,
        Responsible = PersonLines.Format(item.Responsible),
    };

    public DirectiveItem ToItem() => new()
    {
        Text = Text.Trim(),
        AppendixNumber = AppendixNumber,
        Deadline = Deadline,
        Responsible = PersonLines.Parse(Responsible),
    };
}
