using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Pages.Documents;

namespace PolicyPortal.Web.Staff;

/// <summary>
/// Makes every named acknowledger a person of the staff directory: a name found there is linked, a name not found
/// becomes a new person (position as written, no e-mail yet). Only directory people are tracked — status page,
/// paper record, sheet — so a typed name that stayed unlinked would be printed but never asked to acknowledge.
/// </summary>
public static class DirectoryTracking
{
    /// <summary>Links or adds each named reference; returns the people added (already in <paramref name="db"/>, unsaved).</summary>
    public static async Task<IReadOnlyList<Person>> TrackAsync(AppDbContext db, IEnumerable<PersonRef> persons, IReadOnlyList<Person>? directory = null)
    {
        var known = (directory ?? await db.People.AsNoTracking().Where(p => p.IsActive).ToListAsync()).ToList();
        var added = new List<Person>();
        foreach (var reference in persons)
        {
            if (reference.PersonId is not null || string.IsNullOrWhiteSpace(reference.FullName))
            {
                continue;
            }

            var match = known.FirstOrDefault(p => PersonLines.SameName(p.FullName, reference.FullName));
            if (match is null)
            {
                match = new Person { FullName = Spaced(reference.FullName), Position = Spaced(reference.Position) };
                db.People.Add(match);
                known.Add(match);
                added.Add(match);
            }

            // The name stays as written: it is what the document prints.
            reference.PersonId = match.Id;
            if (string.IsNullOrWhiteSpace(reference.Position))
            {
                reference.Position = match.Position;
            }
        }

        return added;
    }

    private static string Spaced(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
