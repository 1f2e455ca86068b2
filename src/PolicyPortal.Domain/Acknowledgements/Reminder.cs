namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>A reminder sent to one person about one document on one day; at most one a day (a unique index says so).</summary>
public sealed class Reminder
{
    private Reminder() { }

    public long Id { get; private set; }
    public Guid DocumentId { get; private set; }
    public Guid PersonId { get; private set; }
    /// <summary>The day in the institution's time zone.</summary>
    public DateOnly Day { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public string SentBy { get; private set; } = "";

    public static Reminder Record(Guid documentId, Guid personId, DateOnly day, DateTimeOffset at, string by) =>
        new() { DocumentId = documentId, PersonId = personId, Day = day, SentAt = at, SentBy = by };
}
