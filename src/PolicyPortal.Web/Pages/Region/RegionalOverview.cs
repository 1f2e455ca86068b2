using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Calendar;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Services;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.Web.Pages.Region;

/// <summary>A service an institution's document in force approves; a state system per the institution's registry.</summary>
public sealed record OverviewService(string Name, bool IsStateSystem);

/// <summary>The document in force of one institution, as its public pages show it.</summary>
public sealed record OverviewDocument(Guid Id, string Title, string Number, DateOnly? Date, DateOnly PublishedOn);

/// <summary>One institution in the regional overview: only what its public pages show, and counts.</summary>
public sealed record OverviewRow(
    int InstitutionId, string Slug, string Name, OverviewDocument? Document, int? DaysSincePublication,
    IReadOnlyList<OverviewService> Services, IReadOnlyList<string> ProhibitedApproved, int Required, int Signed, int Overdue)
{
    /// <summary>Share of the people who must acknowledge the document in force who have; null without such people.</summary>
    public double? Rate => Required == 0 ? null : (double)Signed / Required;
}

/// <summary>
/// The regional overview's one query path across institutions. Everywhere else the global query filters keep each
/// request inside its own institution (<see cref="InstitutionModel"/>); the curator's overview is the single, read-only
/// exception, so the filters are lifted here and nowhere else: every query below selects published documents and
/// counts only (never drafts, never people), and the page that uses it writes a line to the audit log on every view
/// and export. Its commands are a fixed set whatever the number of institutions: each table is read once for all.
/// </summary>
public sealed class RegionalOverview(AppDbContext db, IMemoryCache memory, TimeProvider time)
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    public async Task<IReadOnlyList<OverviewRow>> LoadAsync(CancellationToken ct)
    {
        var registry = await db.InstitutionRegistry.AsNoTracking().Select(i => new { i.Id, i.Slug }).ToListAsync(ct);
        var profiles = await AllOf(db.Institutions).OrderBy(p => p.Id)
            .Select(p => new { Institution = EF.Property<int>(p, InstitutionModel.Column), p.ShortName, p.FullName, p.TimeZone })
            .ToListAsync(ct);
        var published = await AllOf(db.Documents).Where(d => d.Status == DocumentStatus.Published)
            .Select(d => new { Institution = EF.Property<int>(d, InstitutionModel.Column), d.Id, d.Kind, d.TypeName, d.Number, d.Date, d.PublishedAt, d.SnapshotHash })
            .ToListAsync(ct);
        var inForce = published.GroupBy(d => d.Institution).ToDictionary(g => g.Key, g => g.MaxBy(d => d.PublishedAt)!);
        var services = await ApprovedServicesAsync(inForce.Values.Select(d => (d.Id, d.SnapshotHash ?? "")).ToList(), ct);
        var registries = (await AllOf(db.Services)
            .Select(s => new { Institution = EF.Property<int>(s, InstitutionModel.Column), s.Id, s.Name, s.IsStateSystem })
            .ToListAsync(ct)).ToLookup(s => s.Institution);
        var prohibited = (await AllOf(db.ProhibitedServices)
            .Select(p => new { Institution = EF.Property<int>(p, InstitutionModel.Column), p.Name })
            .ToListAsync(ct)).ToLookup(p => p.Institution, p => p.Name);
        var required = await (
            from a in AllOf(db.DocumentAcknowledgers)
            join d in AllOf(db.Documents) on a.DocumentId equals d.Id
            where d.Status == DocumentStatus.Published
            group a by a.DocumentId into g
            select new { DocumentId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.DocumentId, g => g.Count, ct);
        // One row per person and version (a unique index), appended only for the people the version names (the ledger's
        // rule): counting a version's acknowledgements counts its required people who signed, without a join on them.
        var signed = await (
            from k in AllOf(db.Acknowledgements)
            join d in AllOf(db.Documents) on k.DocumentId equals d.Id
            where d.Status == DocumentStatus.Published
            group k by k.DocumentId into g
            select new { DocumentId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.DocumentId, g => g.Count, ct);
        var calendars = (await AllOf(db.CalendarDays)
            .Select(d => new { Institution = EF.Property<int>(d, InstitutionModel.Column), Day = new SpecialDay(d.Date, d.IsWorking, d.Reason) })
            .ToListAsync(ct)).ToLookup(d => d.Institution, d => d.Day);

        // Most institutions keep the region's lists and calendar as seeded: one matcher and one calendar per distinct one.
        var profileOf = profiles.GroupBy(p => p.Institution).ToDictionary(g => g.Key, g => g.First());
        var slugOf = registry.ToDictionary(i => i.Id, i => i.Slug);
        var matchers = new Dictionary<string, ProhibitedMatcher>(StringComparer.Ordinal);
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        var ids = registry.Select(i => i.Id).Union(profiles.Select(p => p.Institution)).Union(inForce.Keys).Order().ToList();
        var rows = new List<OverviewRow>(ids.Count);
        foreach (var id in ids)
        {
            var profile = profileOf.GetValueOrDefault(id);
            var slug = slugOf.GetValueOrDefault(id) ?? "";
            var name = new[] { profile?.ShortName, profile?.FullName, slug }.First(n => !string.IsNullOrWhiteSpace(n))!.Trim();
            if (!inForce.TryGetValue(id, out var document))
            {
                rows.Add(new OverviewRow(id, slug, name, null, null, [], [], 0, 0, 0));
                continue;
            }

            var zone = profile is null ? Moscow : zones.TryGetValue(profile.TimeZone, out var known) ? known
                : zones[profile.TimeZone] = TimeZoneInfo.TryFindSystemTimeZoneById(profile.TimeZone, out var found) ? found : Moscow;
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
            var publishedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(document.PublishedAt!.Value, zone).DateTime);
            var registryOf = registries[id].ToList();
            var approved = services[document.Id].Select(s => new OverviewService(s.Name,
                registryOf.FirstOrDefault(r => r.Id == s.ServiceId)?.IsStateSystem
                ?? registryOf.FirstOrDefault(r => string.Equals(r.Name.Trim(), s.Name.Trim(), StringComparison.OrdinalIgnoreCase))?.IsStateSystem
                ?? s.IsStateSystem)).ToList();
            // The institution's own list (seeded from the region's, editable) and the region's: an entry a school removed
            // from its list is still on Roskomnadzor's.
            var names = prohibited[id].Concat(ProhibitedCatalog.Names).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            var list = string.Join('\n', names);
            var matcher = matchers.TryGetValue(list, out var same) ? same : matchers[list] = new ProhibitedMatcher(names);
            var prohibitedApproved = approved.Select(s => matcher.Match(s.Name) is { } p ? $"{s.Name} ({p})" : null).OfType<string>().ToList();
            var mustSign = required.GetValueOrDefault(document.Id);
            var haveSigned = signed.GetValueOrDefault(document.Id);
            var edited = calendars[id].ToList();
            var dates = edited.Select(d => d.Date).ToHashSet();
            var calendar = edited.Count == 0 ? ProductionCalendar.Russian : new ProductionCalendar([.. RussianHolidays.All.Where(d => !dates.Contains(d.Date)), .. edited]);
            var deadline = calendar.AddWorkingDays(publishedOn, WorkingDays.AcknowledgementPeriod);
            rows.Add(new OverviewRow(
                id, slug, name,
                new OverviewDocument(document.Id, DocumentTitles.Short(document.Kind, document.TypeName, document.Number, document.Date), document.Number, document.Date, publishedOn),
                today.DayNumber - publishedOn.DayNumber,
                approved, prohibitedApproved, mustSign, haveSigned,
                today > deadline ? mustSign - haveSigned : 0));
        }

        return rows;
    }

    private static IQueryable<T> AllOf<T>(DbSet<T> set)
        where T : class => set.IgnoreQueryFilters().AsNoTracking();

    private sealed record CachedService(Guid? ServiceId, string Name, bool IsStateSystem);

    /// <summary>
    /// The approved services of each document, read from its frozen snapshot: one command for the snapshots not yet
    /// parsed (a published snapshot never changes, so its services are kept in memory under its SHA-256).
    /// </summary>
    private async Task<ILookup<Guid, CachedService>> ApprovedServicesAsync(IReadOnlyList<(Guid Id, string Hash)> documents, CancellationToken ct)
    {
        var found = new List<(Guid Id, CachedService Service)>();
        var missing = new List<Guid>();
        foreach (var (id, hash) in documents)
        {
            if (memory.TryGetValue(("region-services", id, hash), out IReadOnlyList<CachedService>? cached))
            {
                found.AddRange(cached!.Select(s => (id, s)));
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            var snapshots = await AllOf(db.Documents).Where(d => missing.Contains(d.Id))
                .Select(d => new { d.Id, d.SnapshotHash, d.SnapshotJson }).ToListAsync(ct);
            foreach (var snapshot in snapshots)
            {
                var content = DocumentJson.Deserialize(snapshot.SnapshotJson ?? "{}");
                IReadOnlyList<CachedService> parsed = [.. content.Appendices.Where(a => a.Kind == AppendixKind.ApprovedServices)
                    .SelectMany(a => a.Services).Where(s => !string.IsNullOrWhiteSpace(s.Name))
                    .Select(s => new CachedService(s.ServiceId, s.Name.Trim(), s.IsStateSystem))];
                memory.Set(("region-services", snapshot.Id, snapshot.SnapshotHash ?? ""), parsed,
                    new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1), Size = 1 + parsed.Sum(s => s.Name.Length) });
                found.AddRange(parsed.Select(s => (snapshot.Id, s)));
            }
        }

        return found.ToLookup(f => f.Id, f => f.Service);
    }
}
