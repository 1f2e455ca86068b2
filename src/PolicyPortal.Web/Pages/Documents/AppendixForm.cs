using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>Which grif an appendix prints: filled from the order, the text as the source wrote it, or none.</summary>
public enum GrifChoice
{
    FromOrder,
    AsWritten,
    None,
}

/// <summary>One appendix as the editor posts it; only the fields of its kind are written back.</summary>
public sealed class AppendixForm
{
    public string Title { get; set; } = "";
    /// <summary>Null from a post without the choice: the override text decides, as before the choice existed.</summary>
    public GrifChoice? Grif { get; set; }
    public string GrifOverride { get; set; } = "";
    public List<ApprovalMark> Marks { get; set; } = [];
    public List<SectionForm> Sections { get; set; } = [];
    public List<ServiceEntry> Services { get; set; } = [];
    public List<RosterGroupForm> Roster { get; set; } = [];
    public DateOnly? ProhibitedAsOf { get; set; }
    /// <summary>One service a line.</summary>
    public string Prohibited { get; set; } = "";
    public string Text { get; set; } = "";

    public static AppendixForm From(Appendix appendix) => new()
    {
        Title = appendix.Title,
        Grif = appendix.WithoutGrif ? GrifChoice.None : string.IsNullOrWhiteSpace(appendix.GrifOverride) ? GrifChoice.FromOrder : GrifChoice.AsWritten,
        GrifOverride = appendix.GrifOverride ?? "",
        Marks = appendix.ApprovalMarks,
        Sections = appendix.Sections.Select(SectionForm.From).ToList(),
        Services = appendix.Services,
        Roster = appendix.Roster.Select(RosterGroupForm.From).ToList(),
        ProhibitedAsOf = appendix.ProhibitedAsOf,
        Prohibited = string.Join('\n', appendix.ProhibitedServices),
        Text = appendix.Text,
    };

    /// <summary>Writes the form into the appendix; only the parts of its kind are touched.</summary>
    public void ApplyTo(Appendix appendix)
    {
        appendix.Title = Title.Trim();
        var grif = Grif ?? (string.IsNullOrWhiteSpace(GrifOverride) ? GrifChoice.FromOrder : GrifChoice.AsWritten);
        appendix.WithoutGrif = grif == GrifChoice.None;
        appendix.GrifOverride = grif == GrifChoice.AsWritten && !string.IsNullOrWhiteSpace(GrifOverride) ? GrifOverride.Trim() : null;
        appendix.ApprovalMarks = Marks.Select(Trimmed).ToList();
        switch (appendix.Kind)
        {
            case AppendixKind.Regulation:
                appendix.Sections = Sections.Select(s => s.ToSection()).ToList();
                break;
            case AppendixKind.ApprovedServices:
                appendix.Services = Services;
                break;
            case AppendixKind.Roster:
                appendix.Roster = Roster.Select(g => g.ToGroup()).ToList();
                break;
            case AppendixKind.ProhibitedServices:
                appendix.ProhibitedAsOf = ProhibitedAsOf;
                appendix.ProhibitedServices = Lines(Prohibited).ToList();
                break;
            default:
                appendix.Text = Text.Trim();
                break;
        }
    }

    public static ApprovalMark Trimmed(ApprovalMark mark) => new()
    {
        Kind = mark.Kind,
        Body = mark.Body.Trim(),
        ProtocolNumber = mark.ProtocolNumber.Trim(),
        Date = mark.Date,
        DateAsWritten = mark.DateAsWritten.Trim(),
        Placement = mark.Placement,
    };

    public static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
