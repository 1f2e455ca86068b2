using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.Domain.Public;

/// <summary>
/// The plain-language summary for parents at the top of the public page: the official channels (the approved services),
/// the hours of communication and the alternative channel — as the regulation itself states them.
/// </summary>
public sealed partial record ParentContacts(
    string Heading,
    IReadOnlyList<ServiceEntry> Channels,
    IReadOnlyList<string> Hours,
    string? Alternative,
    IReadOnlyList<string> AlternativeChannels)
{
    public bool HasHours => Hours.Count > 0;

    public bool HasAlternative => Alternative is not null;

    public static ParentContacts From(DocumentContent content)
    {
        var clauses = content.Appendices
            .Where(a => a.Kind is AppendixKind.Regulation or AppendixKind.FreeText)
            .SelectMany(a => a.Sections)
            .SelectMany(s => s.Clauses)
            .ToList();
        var hours = clauses.Where(c => MentionsTimeOfDay(c.Text)).Take(3).Select(c => c.Text.Trim()).ToList();
        var alternative = clauses.FirstOrDefault(c => c.Text.Contains("альтернатив", StringComparison.OrdinalIgnoreCase));
        return new(
            HeadingFor(content.Requisites.InstitutionName),
            [.. content.Appendices.Where(a => a.Kind == AppendixKind.ApprovedServices).SelectMany(a => a.Services)],
            hours,
            alternative?.Text.Trim(),
            alternative is null ? [] : [.. alternative.Items.Select(i => i.Text.Trim().TrimEnd(';', '.'))]);
    }

    /// <summary>«8:00», «19.00» — but not the «13.07» of a date «13.07.2022».</summary>
    public static bool MentionsTimeOfDay(string text) => TimeOfDay().IsMatch(text);

    /// <summary>«Как связаться с колледжем», «… со школой», or the neutral «… с образовательной организацией».</summary>
    public static string HeadingFor(string institutionName)
    {
        var name = institutionName.ToLowerInvariant();
        if (name.Contains("колледж", StringComparison.Ordinal) || name.Contains("техникум", StringComparison.Ordinal))
        {
            return "Как связаться с колледжем";
        }

        return name.Contains("школ", StringComparison.Ordinal) || name.Contains("гимнази", StringComparison.Ordinal) || name.Contains("лицей", StringComparison.Ordinal)
            ? "Как связаться со школой"
            : "Как связаться с образовательной организацией";
    }

    [GeneratedRegex(@"(?<![\d.])([01]?\d|2[0-3])[:.][0-5]\d(?!\.?\d)", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex TimeOfDay();
}
