namespace PolicyPortal.Domain.Audit;

/// <summary>One line of the append-only audit log: who did what to which document, and when.</summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public string Details { get; private set; } = "";

    public static AuditEntry Record(DateTimeOffset at, string userName, string action, string entityId, string details = "") =>
        new() { At = at, UserName = userName, Action = action, EntityId = entityId, Details = details };
}
