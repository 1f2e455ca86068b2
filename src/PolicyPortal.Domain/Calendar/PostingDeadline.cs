using System.Globalization;

namespace PolicyPortal.Domain.Calendar;

/// <summary>
/// 273-ФЗ ст. 29 ч. 3: a document is posted on the site within 10 working days of its creation. For an order signed on
/// paper and imported later, the director is told how many of those days are left, or how late the posting is.
/// </summary>
public static class PostingDeadline
{
    public const int WorkingDays = 10;

    public static DateOnly For(DateOnly signedOn, ProductionCalendar calendar) => calendar.AddWorkingDays(signedOn, WorkingDays);

    public static string Describe(DateOnly signedOn, DateOnly today, ProductionCalendar calendar)
    {
        var deadline = For(signedOn, calendar);
        var date = deadline.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        if (today <= deadline)
        {
            var left = calendar.WorkingDaysBetween(today, deadline);
            return left == 0
                ? $"Разместить на сайте нужно сегодня, {date} (273-ФЗ ст. 29 ч. 3: 10 рабочих дней)."
                : $"Разместить на сайте нужно до {date}: осталось рабочих дней — {left} из 10 (273-ФЗ ст. 29 ч. 3).";
        }

        var late = calendar.WorkingDaysBetween(deadline, today);
        return $"Срок размещения на сайте истёк {date}: опоздание — рабочих дней: {late} (273-ФЗ ст. 29 ч. 3: 10 рабочих дней).";
    }
}
