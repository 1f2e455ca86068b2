using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PolicyPortal.Domain.Public;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Public;

/// <summary>
/// «Как связаться…» for a published document: its approved channels with the registry's «как подключиться» and the
/// profile's contacts. Computed once per snapshot and kept until the registry or the profile is saved
/// (<see cref="Forget"/>) or a minute passes, so the uncached policy page pays no query for it.
/// </summary>
public sealed class ParentContactsSource(AppDbContext db, IMemoryCache memory)
{
    private string CacheKey => $"parent-contacts:{db.InstitutionId}";

    /// <summary>The contacts and a stamp that changes whenever they are computed again (the page keeps its rendering under it).</summary>
    public sealed record Kept(ParentContacts Contacts, Guid Stamp);

    public async Task<Kept> ForAsync(PublicDocument document, CancellationToken ct)
    {
        if (memory.TryGetValue(CacheKey, out (string? Hash, Kept Contacts) kept) && kept.Hash == document.Document.SnapshotHash)
        {
            return kept.Contacts;
        }

        var registry = await db.Services.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(ct);
        var profile = await db.Institutions.AsNoTracking().OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
        var contacts = new Kept(ParentContacts.From(document.View.Content, registry, InstitutionContacts.From(profile)), Guid.NewGuid());
        memory.Set(CacheKey, (document.Document.SnapshotHash, contacts), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1), Size = 1 });
        return contacts;
    }

    /// <summary>Called when the services registry or the institution profile is saved.</summary>
    public void Forget() => memory.Remove(CacheKey);
}
