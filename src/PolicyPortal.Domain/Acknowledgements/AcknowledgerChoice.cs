using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;

namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>
/// Choosing who acknowledges a document without ticking one box per person: the whole staff, everyone holding chosen
/// positions, or everyone the order and its appendices name (responsible persons of the items, the roster's persons),
/// matched to the directory. Each choice adds to the list (the editor keeps each person once).
/// </summary>
public static class AcknowledgerChoice
{
    /// <summary>The directory's positions, each with how many active people hold it, in alphabetical order.</summary>
    public static IReadOnlyList<(string Position, int Count)> Positions(IEnumerable<Person> directory) =>
        directory.Where(p => p.IsActive && !string.IsNullOrWhiteSpace(p.Position))
            .GroupBy(p => Key(p.Position))
            .Select(g => (g.First().Position.Trim(), g.Count()))
            .OrderBy(g => g.Item1, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"), ignoreCase: true))
            .ToList();

    public static IReadOnlyList<Person> Everyone(IEnumerable<Person> directory) => directory.Where(p => p.IsActive).ToList();

    /// <summary>Everyone active whose position is one of <paramref name="positions"/> (case, «ё» and spacing aside).</summary>
    public static IReadOnlyList<Person> WithPositions(IEnumerable<Person> directory, IEnumerable<string> positions)
    {
        var wanted = positions.Select(Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        return directory.Where(p => p.IsActive && wanted.Contains(Key(p.Position))).ToList();
    }

    /// <summary>
    /// Everyone the document names, found in the directory: by the link a reference already carries, else by full name
    /// or by initials and surname («С.С. Рыбаков», «Рыбаков С.С.»); a reference by position alone («Классные руководители»)
    /// stands for everyone holding that position. Names found nowhere are returned, as written, for the director to add.
    /// </summary>
    public static NamedPeople NamedIn(DocumentContent content, IEnumerable<Person> directory)
    {
        var active = directory.Where(p => p.IsActive).ToList();
        var found = new List<Person>();
        var missing = new List<string>();
        foreach (var reference in References(content))
        {
            var matches = Match(reference, active);
            if (matches.Count == 0)
            {
                var label = string.IsNullOrWhiteSpace(reference.FullName) ? reference.Position.Trim() : reference.FullName.Trim();
                if (label.Length > 0 && !missing.Contains(label, StringComparer.OrdinalIgnoreCase))
                {
                    missing.Add(label);
                }
            }

            found.AddRange(matches.Where(m => found.All(f => f.Id != m.Id)));
        }

        return new NamedPeople(found, missing);
    }

    private static IEnumerable<PersonRef> References(DocumentContent content) =>
        content.Items.SelectMany(i => i.Responsible)
            .Concat(content.Appendices.SelectMany(a => a.Roster).SelectMany(g => g.Persons));

    private static List<Person> Match(PersonRef reference, List<Person> directory)
    {
        if (reference.PersonId is { } id && directory.FirstOrDefault(p => p.Id == id) is { } linked)
        {
            return [linked];
        }

        if (!string.IsNullOrWhiteSpace(reference.FullName))
        {
            var byName = directory.Where(p => SameName(p.FullName, reference.FullName)).ToList();
            // Two people with the same name: the position tells them apart, if it can.
            return byName.Count > 1 && byName.Where(p => Key(p.Position) == Key(reference.Position)).ToList() is { Count: > 0 } exact
                ? exact
                : byName;
        }

        var position = Key(reference.Position);
        return position.Length == 0 ? [] : directory.Where(p => Key(p.Position) == position).ToList();
    }

    /// <summary>The same person by name: full names equal, or one is the other's initials and surname in either order.</summary>
    public static bool SameName(string directoryName, string written)
    {
        var full = Letters(directoryName);
        var text = Letters(written);
        if (full.Length == 0 || text.Length == 0)
        {
            return false;
        }

        if (full == text)
        {
            return true;
        }

        var parts = directoryName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return false;
        }

        var initials = string.Concat(parts.Skip(1).Select(p => p[0]));
        return text == Letters(initials + parts[0]) || text == Letters(parts[0] + initials);
    }

    private static string Letters(string text) =>
        string.Concat(text.Where(char.IsLetter)).ToLowerInvariant().Replace('ё', 'е');

    private static string Key(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToLowerInvariant().Replace('ё', 'е');
}

/// <summary>Whom a document names: the directory's people found, and the names (or positions) found in no one.</summary>
public sealed record NamedPeople(IReadOnlyList<Person> Found, IReadOnlyList<string> Missing);
