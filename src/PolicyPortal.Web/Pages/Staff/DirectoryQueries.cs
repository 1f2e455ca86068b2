using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Pages.Staff;

/// <summary>
/// What the directory forms ask the database, each in one query however many lines are checked: addresses already
/// taken, people already there, accounts to link. Compared in memory, case-insensitively (SQLite's lower() leaves
/// Cyrillic as it is), after the database has narrowed the rows by length.
/// </summary>
public static class DirectoryQueries
{
    public static async Task<HashSet<string>> EmailsTakenAsync(AppDbContext db, IReadOnlyCollection<string> emails, Guid? exceptId, CancellationToken ct)
    {
        var wanted = emails.Select(e => e.Trim()).Where(e => e.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (wanted.Count == 0)
        {
            return new(StringComparer.OrdinalIgnoreCase);
        }

        var lengths = wanted.Select(e => e.Length).Distinct().ToList();
        var candidates = await db.People.AsNoTracking()
            .Where(p => p.Id != exceptId && lengths.Contains(p.Email.Length))
            .Select(p => p.Email).ToListAsync(ct);
        return candidates.Where(wanted.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>«Name|position» keys (<see cref="Key"/>) of the given people already in the directory.</summary>
    public static async Task<HashSet<string>> PeopleTakenAsync(AppDbContext db, IReadOnlyCollection<(string FullName, string Position)> people, Guid? exceptId, CancellationToken ct)
    {
        var wanted = people.Select(p => Key(p.FullName, p.Position)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lengths = people.Select(p => Spaced(p.FullName).Length).Distinct().ToList();
        if (lengths.Count == 0)
        {
            return new(StringComparer.OrdinalIgnoreCase);
        }

        var candidates = await db.People.AsNoTracking()
            .Where(p => p.Id != exceptId && lengths.Contains(p.FullName.Length))
            .Select(p => new { p.FullName, p.Position }).ToListAsync(ct);
        return candidates.Select(c => Key(c.FullName, c.Position)).Where(wanted.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public static string Key(string fullName, string position) => $"{Spaced(fullName)}|{Spaced(position)}".Replace('ё', 'е').Replace('Ё', 'Е');

    /// <summary>
    /// Links each person without an account to the account with the same e-mail, unless that account already belongs
    /// to someone else in the directory. Returns the people linked (tracked by <paramref name="db"/>, unsaved).
    /// </summary>
    public static async Task<IReadOnlyList<Person>> LinkAccountsByEmailAsync(AppDbContext db, IReadOnlyCollection<Person> people, CancellationToken ct)
    {
        var unlinked = people.Where(p => p.UserId is null && p.Email.Length > 0).ToList();
        if (unlinked.Count == 0)
        {
            return [];
        }

        var normalized = unlinked.Select(p => EmailAddresses.Normalize(p.Email)).Distinct().ToList();
        var accounts = await db.Users.AsNoTracking().Where(u => normalized.Contains(u.NormalizedEmail!))
            .Select(u => new { u.Id, u.NormalizedEmail }).ToListAsync(ct);
        if (accounts.Count == 0)
        {
            return [];
        }

        var ids = accounts.Select(a => a.Id).ToList();
        var taken = (await db.People.AsNoTracking().Where(p => p.UserId != null && ids.Contains(p.UserId)).Select(p => p.UserId!).ToListAsync(ct)).ToHashSet();
        var linked = new List<Person>();
        foreach (var person in unlinked)
        {
            var account = accounts.FirstOrDefault(a => a.NormalizedEmail == EmailAddresses.Normalize(person.Email));
            if (account is not null && taken.Add(account.Id))
            {
                person.UserId = account.Id;
                linked.Add(person);
            }
        }

        return linked;
    }

    public static string Spaced(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
