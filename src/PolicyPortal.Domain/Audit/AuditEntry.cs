using System.Globalization;
using PolicyPortal.Domain.Journal;

namespace PolicyPortal.Domain.Audit;

/// <summary>
/// One line of the append-only audit log: who did what to which document, and when. Each line is a link of the audit
/// chain (<see cref="JournalChain"/>): lines written before the journal key existed have empty links and are covered by
/// the running link recorded in the key file.
/// </summary>
public sealed class AuditEntry : IJournalLink
{
    public const int HashLength = 64;

    private AuditEntry() { }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public string Details { get; private set; } = "";
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    public static AuditEntry Record(DateTimeOffset at, string userName, string action, string entityId, string details = "") =>
        new() { At = at, UserName = userName, Action = action, EntityId = entityId, Details = details };

    public IEnumerable<string> LinkFields() =>
    [
        At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        UserName,
        Action,
        EntityId,
        Details,
    ];

    /// <summary>Makes the new line the next link after <paramref name="previous"/> (done as the line is saved).</summary>
    public void LinkTo(string previous, JournalKey key)
    {
        PreviousHash = previous;
        Hash = JournalChain.KeyedLink(this, previous, key);
    }
}
