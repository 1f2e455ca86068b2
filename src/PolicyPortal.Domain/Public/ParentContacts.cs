using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;

namespace PolicyPortal.Domain.Public;

/// <summary>An official channel as parents are told of it: what it is for, in plain words, and how to join.</summary>
public sealed record ParentChannel(string Name, string Purpose, ServiceJoining Joining, string Url);

/// <summary>The institution's own contacts from its profile; empty fields are simply not shown.</summary>
public sealed record InstitutionContacts(string Phone, string Email, string Address, string Website, string ReceptionHours)
{
    public static readonly InstitutionContacts None = new("", "", "", "", "");

    public bool IsEmpty => Phone.Length == 0 && Email.Length == 0 && Address.Length == 0 && Website.Length == 0 && ReceptionHours.Length == 0;

    public static InstitutionContacts From(InstitutionProfile? profile) => profile is null
        ? None
        : new(profile.Phone.Trim(), profile.Email.Trim(), profile.Address.Trim(), profile.Website.Trim(), profile.ReceptionHours.Trim());
}

/// <summary>
/// The plain-language summary for parents at the top of the public page: the channels the document approves (its
/// services appendix, or directive items naming a service of the registry) with how to join each, the hours of
/// communication and the alternative channel as the regulation states them, and the institution's contacts from its
/// profile. Nothing else: what neither the document nor the profile says is not shown.
/// </summary>
public sealed partial record ParentContacts(
    string Heading,
    IReadOnlyList<ParentChannel> Channels,
    IReadOnlyList<string> Hours,
    string? Alternative,
    IReadOnlyList<string> AlternativeChannels,
    InstitutionContacts Institution)
{
    public bool HasHours => Hours.Count > 0;

    public bool HasAlternative => Alternative is not null;

    public static ParentContacts From(DocumentContent content) => From(content, [], InstitutionContacts.None);

    public static ParentContacts From(DocumentContent content, IReadOnlyList<Service> registry, InstitutionContacts institution)
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
            ApprovedChannels(content, registry, institution),
            hours,
            alternative?.Text.Trim(),
            alternative is null ? [] : [.. alternative.Items.Select(i => i.Text.Trim().TrimEnd(';', '.'))],
            institution);
    }

    /// <summary>The services appendix's entries, then the registry's services that directive items name, each once.</summary>
    private static List<ParentChannel> ApprovedChannels(DocumentContent content, IReadOnlyList<Service> registry, InstitutionContacts institution)
    {
        var channels = new List<ParentChannel>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in content.Appendices.Where(a => a.Kind == AppendixKind.ApprovedServices).SelectMany(a => a.Services))
        {
            var service = registry.FirstOrDefault(s => entry.ServiceId is { } id && s.Id == id)
                ?? registry.FirstOrDefault(s => string.Equals(s.Name.Trim(), entry.Name.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? registry.FirstOrDefault(s => Names(entry.Name, s));
            if (entry.Name.Trim().Length > 0 && seen.Add(service?.Name ?? entry.Name.Trim()))
            {
                channels.Add(Channel(entry.Name.Trim(), service?.Purpose ?? entry.Purpose, service?.Joining ?? ServiceCatalog.DefaultJoining(entry.Name), service?.Url ?? entry.Url, institution));
            }
        }

        foreach (var item in content.Items)
        {
            foreach (var service in registry.OrderBy(s => s.SortOrder).Where(s => Names(item.Text, s) && seen.Add(s.Name)))
            {
                channels.Add(Channel(service.Name, service.Purpose, service.Joining, service.Url, institution));
            }
        }

        return channels;
    }

    private static ParentChannel Channel(string name, string purpose, ServiceJoining? joining, string url, InstitutionContacts institution)
    {
        joining ??= new("", "");
        if (joining.IsEmpty && string.Equals(name, ServiceCatalog.Email, StringComparison.OrdinalIgnoreCase) && institution.Email.Length > 0)
        {
            joining = new($"Напишите на адрес {institution.Email}.", "mailto:" + institution.Email);
        }
        else if (joining.IsEmpty && string.Equals(name, ServiceCatalog.SiteAppeals, StringComparison.OrdinalIgnoreCase) && institution.Website.Length > 0)
        {
            joining = new("Форма — на официальном сайте организации.", institution.Website);
        }

        return new(name, purpose.Trim(), joining, url.Trim());
    }

    /// <summary>
    /// Whether <paramref name="text"/> names <paramref name="service"/>: by the name in «…» when it has one (ИКОП «Сферум»
    /// is named by «Сферум», even with the closing quote lost), else by the whole name, as a word.
    /// </summary>
    public static bool Names(string text, Service service)
    {
        var key = QuotedName().Match(service.Name) is { Success: true } quoted ? quoted.Groups["name"].Value : service.Name.Trim();
        return key.Length >= 3
            && Regex.IsMatch(text, $@"(?<![\p{{L}}\d]){Regex.Escape(key)}(?![\p{{L}}\d])", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(TextPatterns.TimeoutMs));
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

    [GeneratedRegex(@"«(?<name>[^«»]{3,})»", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex QuotedName();
}
