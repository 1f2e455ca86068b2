using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Public;

/// <summary>
/// The institution's name and time zone for the public pages, read once a minute rather than on every request:
/// a cached public page may be older than that anyway, and the text of documents never depends on it.
/// </summary>
public sealed class PublicSite(AppDbContext db, IMemoryCache memory)
{
    private const string Fallback = "PolicyPortal";
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    public sealed record Info(string Name, TimeZoneInfo Zone);

    public async Task<Info> GetAsync() => await memory.GetOrCreateAsync("public-site", async entry =>
    {
        entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
        entry.Size = 1;
        var row = await db.Institutions.AsNoTracking().Select(i => new { i.ShortName, i.TimeZone }).FirstOrDefaultAsync();
        var zone = row is not null && TimeZoneInfo.TryFindSystemTimeZoneById(row.TimeZone, out var found) ? found : Moscow;
        return new Info(row?.ShortName is { Length: > 0 } name ? name : Fallback, zone);
    }) ?? new Info(Fallback, Moscow);

    public async Task<string> NameAsync() => (await GetAsync()).Name;

    public async Task<string> FormatAsync(DateTimeOffset? at, string format = "dd.MM.yyyy HH:mm") =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, (await GetAsync()).Zone).ToString(format, PortalServices.Russian) : "";
}
