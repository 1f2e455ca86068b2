using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Institutions;

/// <summary>
/// Which institution a host name opens: read from the database at most every half minute (an institution added on
/// another node is found within that), not on every request. With one institution every host opens it, as a
/// single-college installation always did.
/// </summary>
public sealed class InstitutionDirectory(IServiceScopeFactory scopes, IMemoryCache memory)
{
    private const string CacheKey = "institution-directory";

    public sealed record Entry(int Id, string Slug);

    /// <param name="FirstHosts">Each institution's first host name (the one <c>institution add</c> gave it): its public address.</param>
    public sealed record Snapshot(IReadOnlyDictionary<string, int> Hosts, IReadOnlyList<Entry> Institutions, IReadOnlyDictionary<int, string> FirstHosts);

    /// <summary>The institution of <paramref name="host"/>, or null when several exist and none has this host name.</summary>
    public async Task<int?> FindAsync(string host, CancellationToken ct)
    {
        var snapshot = await SnapshotAsync(ct);
        if (snapshot.Hosts.TryGetValue(InstitutionHost.Normalize(host), out var id))
        {
            return id;
        }

        return snapshot.Institutions.Count switch
        {
            0 => CurrentInstitution.Default,
            1 => snapshot.Institutions[0].Id,
            _ => null,
        };
    }

    public void Forget() => memory.Remove(CacheKey);

    public async Task<Snapshot> SnapshotAsync(CancellationToken ct) =>
        (await memory.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            entry.Size = 1;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var institutions = await db.InstitutionRegistry.AsNoTracking().OrderBy(i => i.Id)
                .Select(i => new Entry(i.Id, i.Slug)).ToListAsync(ct);
            var rows = await db.InstitutionHosts.AsNoTracking().OrderBy(h => h.Id).Select(h => new { h.Name, h.InstitutionId }).ToListAsync(ct);
            var firstHosts = rows.GroupBy(h => h.InstitutionId).ToDictionary(g => g.Key, g => g.First().Name);
            return new Snapshot(rows.ToDictionary(h => h.Name, h => h.InstitutionId), institutions, firstHosts);
        }))!;
}
