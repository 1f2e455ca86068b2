using System.Globalization;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Services;

namespace PolicyPortal.Domain.Public;

/// <summary>A numbered line of a document part, as it is compared: a clause, an order item, a service, a person.</summary>
public sealed record ComparableLine(string Number, string Text);

/// <summary>A heading with its lines: a section of the regulation, or the order's own text.</summary>
public sealed record ComparableSection(string Number, string Title, IReadOnlyList<ComparableLine> Lines);

/// <summary>A part of a document (the order, one appendix) laid out as sections of lines, whatever its kind.</summary>
public sealed record ComparablePart(string Title, IReadOnlyList<ComparableSection> Sections);

/// <summary>Lays out every part of a document as sections of numbered lines so that one comparison fits them all.</summary>
public static class ComparableText
{
    public static IReadOnlyList<ComparablePart> Parts(DocumentContent content)
    {
        var parts = new List<ComparablePart>();
        var r = content.Requisites;
        if (content.Kind == DocumentKind.Order)
        {
            var order = new List<ComparableLine> { new("", Requisites(r)), new("", r.Title), new("", r.Preamble) };
            order.AddRange(content.Items.Select((item, i) => new ComparableLine($"{i + 1}.", ItemText(item))));
            order.Add(new("", $"{r.SignatoryPosition} {r.SignatoryName}".Trim()));
            parts.Add(new("Приказ", [new("", "", [.. order.Where(l => l.Text.Length > 0)])]));
        }

        var number = content.Kind == DocumentKind.StandaloneRegulation ? 0 : 1;
        foreach (var appendix in content.Appendices)
        {
            var title = number == 0 ? DocumentTitles.KindWord(content) : $"Приложение {number}. {appendix.Title}".TrimEnd(' ', '.');
            parts.Add(new(title, Sections(appendix)));
            number++;
        }

        return parts;
    }

    /// <summary>«ПРИКАЗ от 25.04.2025 № 44».</summary>
    private static string Requisites(Requisites r) =>
        $"{r.DocumentTypeName} от {r.Date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—"} № {r.Number}".Trim();

    private static List<ComparableSection> Sections(Appendix appendix)
    {
        var sections = appendix.Kind switch
        {
            AppendixKind.ApprovedServices =>
                [new("", "", [.. appendix.Services.Select((s, i) => new ComparableLine($"{i + 1}.", ServiceText(s)))])],
            AppendixKind.Roster =>
                appendix.Roster.Select((g, i) => new ComparableSection($"{i + 1}.", g.Activity,
                    [.. g.Persons.Select(p => new ComparableLine("", $"{p.FullName}, {p.Position}".Trim(',', ' ')))])).ToList(),
            AppendixKind.ProhibitedServices =>
                [new("", "", [
                    new("", appendix.ProhibitedAsOf is { } asOf ? $"По состоянию на {asOf.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}" : ""),
                    .. appendix.ProhibitedServices.Select((name, i) => new ComparableLine($"{i + 1}.", name))])],
            _ => appendix.Sections.Select(s => new ComparableSection(s.Number, s.Title, [.. s.Clauses.Select(ClauseLine)])).ToList(),
        };
        if (!string.IsNullOrWhiteSpace(appendix.Text))
        {
            sections.Add(new("", "", [.. appendix.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => new ComparableLine("", t))]));
        }

        return sections;
    }

    private static ComparableLine ClauseLine(Clause clause) =>
        new(clause.Number, string.Join(' ', [clause.Text, .. clause.Items.Select(i => $"{i.Marker} {i.Text}")]).Trim());

    private static string ItemText(DirectiveItem item) =>
        item.Text + ResponsibleWording.Sentence(item.Responsible);

    private static string ServiceText(ServiceEntry service) =>
        $"{service.Name} — {service.Purpose} ({InteractionWord(service.Interaction)}) {service.Url}".Trim();

    private static string InteractionWord(Interaction interaction) => interaction switch
    {
        Interaction.Synchronous => "синхронное",
        Interaction.Asynchronous => "асинхронное",
        Interaction.Both => "синхронное и асинхронное",
        _ => "—",
    };
}
