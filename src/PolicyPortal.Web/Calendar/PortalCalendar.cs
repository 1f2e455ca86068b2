using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Calendar;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Calendar;

/// <summary>
/// The production calendar the portal counts working days by: the decrees seeded in <see cref="RussianHolidays"/>,
/// with the days the administrator set (later years' holidays and transfers) taking precedence.
/// </summary>
public sealed class PortalCalendar(AppDbContext db)
{
    public async Task<ProductionCalendar> CurrentAsync(CancellationToken ct = default)
    {
        var edited = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        var dates = edited.Select(d => d.Date).ToHashSet();
        return new ProductionCalendar([.. RussianHolidays.All.Where(d => !dates.Contains(d.Date)), .. edited]);
    }

    /// <summary>The year's days that break Monday-to-Friday, each with whether the administrator set it.</summary>
    public async Task<IReadOnlyList<(SpecialDay Day, bool IsEdited)>> YearAsync(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var edited = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).ToListAsync(ct);
        var dates = edited.Select(d => d.Date).ToHashSet();
        return RussianHolidays.All.Where(d => d.Date.Year == year && !dates.Contains(d.Date)).Select(d => (d, false))
            .Concat(edited.Select(d => (d, true)))
            .OrderBy(d => d.Item1.Date)
            .ToList();
    }
}
