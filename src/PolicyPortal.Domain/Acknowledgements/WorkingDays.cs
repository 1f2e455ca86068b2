using PolicyPortal.Domain.Calendar;

namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>
/// The acknowledgement deadline, in working days of the production calendar the caller passes: the portal's own
/// (the decrees with the administrator's days), never the built-in one alone (issue 12).
/// </summary>
public static class WorkingDays
{
    public const int AcknowledgementPeriod = 5;

    public static DateOnly Deadline(DateOnly publishedOn, ProductionCalendar calendar) => calendar.AddWorkingDays(publishedOn, AcknowledgementPeriod);
}
