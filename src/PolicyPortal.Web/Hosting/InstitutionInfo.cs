using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// The institution's short name (page headers) and time zone (times are stored in UTC and shown in it), read once
/// a minute rather than on every request; saving the profile forgets them at once. A profile without a name falls back
/// to the name the published document gives (forgotten at each publication), never the product's.
/// </summary>
public sealed class InstitutionInfo(AppDbContext db, IMemoryCache memory, TimeProvider time)
{
    private string CacheKey => $"institution-info:{db.InstitutionId}";
    private const string Fallback = "Образовательная организация";
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    public sealed record Info(string Name, TimeZoneInfo Zone);

    public async Task<Info> GetAsync()
    {
        try
        {
            var info = await memory.GetOrCreateAsync(CacheKey, async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
                entry.Size = 1;
                var row = await db.Institutions.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.ShortName, i.FullName, i.TimeZone }).FirstOrDefaultAsync();
                var zone = row is not null && TimeZoneInfo.TryFindSystemTimeZoneById(row.TimeZone, out var found) ? found : Moscow;
                return new Info(new[] { row?.ShortName, row?.FullName }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim() ?? "", zone);
            }) ?? new Info("", Moscow);
            return info.Name.Length > 0 ? info : info with { Name = await PublishedNameAsync() ?? Fallback };
        }
        catch (DbException)
        {
            // The error page must still render when the database is down.
            return new Info(Fallback, Moscow);
        }
    }

    public void Forget()
    {
        memory.Remove(CacheKey);
        memory.Remove($"{CacheKey}:published-name");
    }

    /// <summary>
    /// The institution named in the requisites of the document in force (the latest published, as /policy shows it), kept for a minute like the profile's (reading it means
    /// reading a whole snapshot, on every page of every signed-in user). That none names it is kept too: an installation
    /// without a name would otherwise read and parse a snapshot twice per page. A publication forgets it
    /// (<see cref="Publishing.PublishDocument"/>), so the first publication's name shows at once.
    /// </summary>
    private async Task<string?> PublishedNameAsync()
    {
        var key = $"{CacheKey}:published-name";
        if (memory.TryGetValue(key, out string? kept))
        {
            return kept is { Length: > 0 } ? kept : null;
        }

        var snapshot = await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Published)
            .OrderByDescending(d => d.PublishedAt).Select(d => d.SnapshotJson).FirstOrDefaultAsync();
        var name = snapshot is null ? null : DocumentJson.Deserialize(snapshot).Requisites.InstitutionName.Trim() is { Length: > 0 } found ? found : null;
        memory.Set(key, name ?? "", new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1), Size = 1 });
        return name;
    }

    public async Task<string> NameAsync() => (await GetAsync()).Name;

    public async Task<TimeZoneInfo> ZoneAsync() => (await GetAsync()).Zone;

    public async Task<string> FormatAsync(DateTimeOffset? at, string format = "dd.MM.yyyy HH:mm") =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, await ZoneAsync()).ToString(format, PortalServices.Russian) : "";

    public async Task<DateOnly> TodayAsync() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), await ZoneAsync()).DateTime);
}
