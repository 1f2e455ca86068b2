using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Pages.Documents;

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
