using PolicyPortal.Domain.Calendar;

namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>The acknowledgement deadline, in working days of the production calendar.</summary>
public static class WorkingDays
{
    public const int AcknowledgementPeriod = 5;

    public static DateOnly Deadline(DateOnly publishedOn) => ProductionCalendar.Russian.AddWorkingDays(publishedOn, AcknowledgementPeriod);
}
