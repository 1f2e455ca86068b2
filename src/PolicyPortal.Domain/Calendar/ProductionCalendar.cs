namespace PolicyPortal.Domain.Calendar;

/// <summary>A day that breaks the Monday-to-Friday rule: a weekday off (holiday or transfer) or a working weekend day.</summary>
public sealed record SpecialDay(DateOnly Date, bool IsWorking, string Reason)
{
    public const int MaxReasonLength = 300;
}

/// <summary>
/// Russia's production calendar: Monday to Friday are working days except public holidays and the government's yearly
/// transfers; a transfer can also make a Saturday a working day.
/// </summary>
public sealed class ProductionCalendar
{
    private readonly Dictionary<DateOnly, SpecialDay> specialDays;

    public ProductionCalendar(IEnumerable<SpecialDay> specialDays) =>
        this.specialDays = specialDays.ToDictionary(e => e.Date);

    /// <summary>The calendar as the decrees set it for 2025–2026 and as the Labour Code sets it for 2027 (see <see cref="RussianHolidays"/>).</summary>
    public static ProductionCalendar Russian { get; } = new(RussianHolidays.All);

    public IReadOnlyCollection<SpecialDay> SpecialDays => specialDays.Values;

    public bool IsWorkingDay(DateOnly day) =>
        specialDays.TryGetValue(day, out var special)
            ? special.IsWorking
            : day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday;

    /// <summary>The day on which <paramref name="workingDays"/> working days after <paramref name="from"/> have passed.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = from;
        for (var left = workingDays; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
