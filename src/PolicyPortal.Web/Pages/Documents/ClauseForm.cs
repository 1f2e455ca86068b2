using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>A clause as the editor posts it; its list is lines of text (how directors type them), each with its marker.</summary>
public sealed class ClauseForm
{
    private static readonly string[] Markers = ["—", "–", "-", "•", "⇒", "", "*", "·"];

    public string Number { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>The clause's list, one item a line, each with its marker («— …»); a line without a marker is an unmarked item.</summary>
    public string Items { get; set; } = "";

    public static ClauseForm From(Clause clause) => new()
    {
        Number = clause.Number,
        Text = clause.Text,
        Items = string.Join('\n', clause.Items.Select(i => string.IsNullOrEmpty(i.Marker) ? i.Text : $"{i.Marker} {i.Text}")),
    };

    public Clause ToClause() => new()
    {
        Number = Number.Trim(),
        Text = Text.Trim(),
        Items = AppendixForm.Lines(Items).Select(ParseItem).ToList(),
    };

    private static ListItem ParseItem(string line)
    {
        var marker = Markers.FirstOrDefault(m => line.StartsWith(m + " ", StringComparison.Ordinal) || line == m);
        return marker is null
            ? new ListItem { Marker = "", Text = line }
            : new ListItem { Marker = marker, Text = line[marker.Length..].Trim() };
    }
}
