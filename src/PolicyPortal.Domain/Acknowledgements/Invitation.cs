using System.Security.Cryptography;
using System.Text;

namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>
/// A single-use link that lets an invited person set their own password. Only the token's SHA-256 is stored,
/// so a copy of the database does not hold working links.
/// </summary>
public sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation() { }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public string UserId { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    /// <returns>The invitation and the token to put in the link (shown once, never stored).</returns>
    public static (Invitation Invitation, string Token) Issue(Guid personId, string userId, string by, DateTimeOffset at)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            UserId = userId,
            TokenHash = HashOf(token),
            CreatedAt = at,
            ExpiresAt = at + Lifetime,
            CreatedBy = by,
        };
        return (invitation, token);
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;

    public void MarkUsed(DateTimeOffset at)
    {
        if (!IsUsable(at))
        {
            throw new DomainException("Приглашение уже использовано или срок его действия истёк.");
        }

        UsedAt = at;
    }
}
