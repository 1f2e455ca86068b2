using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// The institution's short name (page headers) and time zone (times are stored in UTC and shown in it), read once
/// a minute rather than on every request; saving the profile forgets them at once.
/// </summary>
public sealed class InstitutionInfo(AppDbContext db, IMemoryCache memory, TimeProvider time)
{
    private const string CacheKey = "institution-info";
    private const string Fallback = "PolicyPortal";
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    public sealed record Info(string Name, TimeZoneInfo Zone);

    public async Task<Info> GetAsync()
    {
        try
        {
            return await memory.GetOrCreateAsync(CacheKey, async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
                entry.Size = 1;
                var row = await db.Institutions.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.ShortName, i.TimeZone }).FirstOrDefaultAsync();
                var zone = row is not null && TimeZoneInfo.TryFindSystemTimeZoneById(row.TimeZone, out var found) ? found : Moscow;
                return new Info(row?.ShortName is { Length: > 0 } name ? name : Fallback, zone);
            }) ?? new Info(Fallback, Moscow);
        }
        catch (DbException)
        {
            // The error page must still render when the database is down.
            return new Info(Fallback, Moscow);
        }
    }

    public void Forget() => memory.Remove(CacheKey);

    public async Task<string> NameAsync() => (await GetAsync()).Name;

    public async Task<TimeZoneInfo> ZoneAsync() => (await GetAsync()).Zone;

    public async Task<string> FormatAsync(DateTimeOffset? at, string format = "dd.MM.yyyy HH:mm") =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, await ZoneAsync()).ToString(format, PortalServices.Russian) : "";

    public async Task<DateOnly> TodayAsync() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), await ZoneAsync()).DateTime);
}
