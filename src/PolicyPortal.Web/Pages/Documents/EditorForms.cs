using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Services;

namespace PolicyPortal.Web.Pages.Documents;

// What the editor's forms post. Lists inside a clause or a roster group are edited as lines of text,
// which is how directors type them; each form converts to and from the document content without loss.

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

public sealed class AppendixForm
{
    public string Title { get; set; } = "";
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
        appendix.GrifOverride = string.IsNullOrWhiteSpace(GrifOverride) ? null : GrifOverride.Trim();
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
    };

    public static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

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

public sealed class RosterGroupForm
{
    public string Activity { get; set; } = "";
    /// <summary>One person a line: «Рыбаков Сергей Сергеевич; Ведущий программист» or a position alone.</summary>
    public string Persons { get; set; } = "";

    public static RosterGroupForm From(RosterGroup group) => new() { Activity = group.Activity, Persons = PersonLines.Format(group.Persons) };

    public RosterGroup ToGroup() => new() { Activity = Activity.Trim(), Persons = PersonLines.Parse(Persons) };
}

/// <summary>«ФИО; должность» lines ↔ person references. A line without «;» is a position only.</summary>
public static class PersonLines
{
    public static string Format(IEnumerable<PersonRef> persons) =>
        string.Join('\n', persons.Select(p => string.IsNullOrWhiteSpace(p.FullName) ? p.Position : $"{p.FullName}; {p.Position}".TrimEnd(';', ' ')));

    public static List<PersonRef> Parse(string text) => AppendixForm.Lines(text).Select(line =>
    {
        var parts = line.Split(';', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 ? PersonRef.Of(parts[0], parts[1]) : PersonRef.Of("", parts[0]);
    }).ToList();

    /// <summary>Links references to the staff directory by name, filling the position when it was left out.</summary>
    public static void LinkToDirectory(IEnumerable<PersonRef> persons, IReadOnlyList<Domain.Staff.Person> directory)
    {
        foreach (var person in persons)
        {
            if (string.IsNullOrWhiteSpace(person.FullName) && directory.FirstOrDefault(d => SameName(d.FullName, person.Position)) is { } named)
            {
                // A line with a name alone: the position comes from the directory.
                person.FullName = person.Position;
                person.Position = "";
            }

            if (string.IsNullOrWhiteSpace(person.FullName))
            {
                continue;
            }

            var match = directory.FirstOrDefault(d => SameName(d.FullName, person.FullName));
            person.PersonId = match?.Id;
            if (match is not null && string.IsNullOrWhiteSpace(person.Position))
            {
                person.Position = match.Position;
            }
        }
    }

    public static bool SameName(string a, string b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase)
        || string.Equals(Normalize(Domain.Staff.Person.ShortName(a)), Normalize(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string name) => string.Concat(name.Where(char.IsLetter)).Replace('ё', 'е').Replace('Ё', 'Е');
}

public static class InteractionTitles
{
    public static string Of(Interaction interaction) => interaction switch
    {
        Interaction.Synchronous => "синхронное (звонки, видео)",
        Interaction.Asynchronous => "асинхронное (сообщения, файлы)",
        Interaction.Both => "синхронное и асинхронное",
        _ => "не указано",
    };
}
