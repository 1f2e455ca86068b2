namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>The acknowledgement deadline: working days are Monday to Friday (holidays are not known to the portal).</summary>
public static class WorkingDays
{
    public const int AcknowledgementPeriod = 5;

    public static DateOnly Add(DateOnly from, int workingDays)
    {
        var day = from;
        var left = workingDays;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                left--;
            }
        }

        return day;
    }

    public static DateOnly Deadline(DateOnly publishedOn) => Add(publishedOn, AcknowledgementPeriod);
}
