namespace PolicyPortal.Web.Accounts;

/// <summary>
/// One signed-in browser. The cookie carries only <see cref="Key"/>; the ticket itself stays here, encrypted,
/// so signing out (or an administrator disabling the user) deletes the row and a replayed cookie finds nothing.
/// </summary>
public sealed class AuthSession
{
    private AuthSession()
    {
    }

    public AuthSession(string key, string userId, byte[] ticket, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        Key = key;
        UserId = userId;
        Ticket = ticket;
        ExpiresAt = expiresAt;
        CreatedAt = now;
        LastSeenAt = now;
    }

    public string Key { get; private set; } = "";
    public string UserId { get; private set; } = "";
    /// <summary>The serialised authentication ticket, protected by DataProtection.</summary>
    public byte[] Ticket { get; private set; } = [];
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }

    public void Renew(byte[] ticket, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        Ticket = ticket;
        ExpiresAt = expiresAt;
        LastSeenAt = now;
    }
}
