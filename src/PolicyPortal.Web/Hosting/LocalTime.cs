using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Hosting;

/// <summary>Shows stored UTC times in the institution's time zone (Moscow by default).</summary>
public sealed class LocalTime(AppDbContext db, TimeProvider time)
{
    private TimeZoneInfo? zone;

    public async Task<TimeZoneInfo> ZoneAsync()
    {
        if (zone is null)
        {
            var id = await db.Institutions.AsNoTracking().OrderBy(i => i.Id).Select(i => i.TimeZone).FirstOrDefaultAsync() ?? "Europe/Moscow";
            zone = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
        }

        return zone;
    }

    public async Task<string> FormatAsync(DateTimeOffset? at, string format = "dd.MM.yyyy HH:mm") =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, await ZoneAsync()).ToString(format, PortalServices.Russian) : "";

    public async Task<DateOnly> TodayAsync() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), await ZoneAsync()).DateTime);
}
