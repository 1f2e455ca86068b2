using System.Globalization;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Calendar;

namespace PolicyPortal.UnitTests.Calendar;

public sealed class ProductionCalendarTests
{
    private static readonly ProductionCalendar Russian = ProductionCalendar.Russian;

    [Theory]
    [InlineData("2025-12-30", "2026-01-16")] // 31 December 2025 and 1–11 January 2026 are days off
    [InlineData("2025-04-25", "2025-05-06")] // 1–4 May 2025 are days off (2 May by transfer from 4 January)
    [InlineData("2025-04-28", "2025-05-07")]
    [InlineData("2025-04-26", "2025-05-06")] // published on a Saturday
    [InlineData("2026-02-20", "2026-03-02")] // 23 February 2026 is a Monday off
    [InlineData("2025-06-10", "2025-06-19")] // 12–15 June 2025, 13 June by transfer from 8 March
    public void The_acknowledgement_deadline_is_five_working_days_of_the_production_calendar(string published, string deadline) =>
        Assert.Equal(DateOnly.Parse(deadline, CultureInfo.InvariantCulture), WorkingDays.Deadline(DateOnly.Parse(published, CultureInfo.InvariantCulture), Russian));

    [Theory]
    [InlineData("2025-11-01", true)] // a working Saturday: its day off moved to Monday 3 November
    [InlineData("2025-11-03", false)]
    [InlineData("2025-02-24", true)] // 23 February 2025 (a Sunday) was moved to 8 May, not to the Monday
    [InlineData("2025-05-08", false)]
    [InlineData("2026-01-09", false)]
    [InlineData("2026-03-09", false)] // 8 March 2026 is a Sunday
    [InlineData("2026-12-31", false)]
    [InlineData("2027-05-03", false)] // 1 May 2027 is a Saturday
    [InlineData("2027-06-14", false)] // 12 June 2027 is a Saturday
    [InlineData("2026-12-01", true)]
    [InlineData("2026-12-05", false)]
    public void A_day_is_working_as_the_calendar_says(string day, bool working) =>
        Assert.Equal(working, Russian.IsWorkingDay(DateOnly.Parse(day, CultureInfo.InvariantCulture)));

    [Fact]
    public void The_years_2025_and_2026_have_the_working_day_counts_of_the_official_calendars()
    {
        // Official totals for a five-day week: 247 working days in 2025, 247 in 2026.
        Assert.Equal(247, Russian.WorkingDaysBetween(new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 31)));
        Assert.Equal(247, Russian.WorkingDaysBetween(new DateOnly(2025, 12, 31), new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void Another_calendar_can_add_a_transfer_the_seed_does_not_know()
    {
        var calendar = new ProductionCalendar([.. RussianHolidays.All, new SpecialDay(new DateOnly(2027, 11, 5), false, "Перенос")]);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 11, 5)));
        Assert.True(Russian.IsWorkingDay(new DateOnly(2027, 11, 5)));
    }

    [Fact]
    public void Counting_backwards_gives_a_negative_number() =>
        Assert.Equal(-3, Russian.WorkingDaysBetween(new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 1)));

    [Theory]
    [InlineData("2026-12-01", "2026-12-01", "до 15.12.2026: осталось рабочих дней — 10 из 10")]
    [InlineData("2026-12-01", "2026-12-15", "нужно сегодня, 15.12.2026")]
    [InlineData("2026-12-01", "2026-12-17", "истёк 15.12.2026: опоздание — рабочих дней: 2")]
    [InlineData("2025-12-25", "2026-01-12", "до 20.01.2026: осталось рабочих дней — 6 из 10")] // the New Year holidays do not count
    public void The_posting_deadline_counts_ten_working_days_from_signing(string signed, string today, string expected) =>
        Assert.Contains(expected, PostingDeadline.Describe(DateOnly.Parse(signed, CultureInfo.InvariantCulture), DateOnly.Parse(today, CultureInfo.InvariantCulture), Russian), StringComparison.Ordinal);
}
