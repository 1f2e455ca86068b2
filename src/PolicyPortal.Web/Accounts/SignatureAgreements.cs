using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Accounts;

/// <summary>The current ПЭП agreement and who has accepted it.</summary>
public static class SignatureAgreements
{
    /// <summary>The latest version; the default text as version 1 if the administrator has not written one yet.</summary>
    public static async Task<SignatureAgreement> CurrentAsync(AppDbContext db, CancellationToken ct = default)
    {
        var current = await db.SignatureAgreements.AsNoTracking().OrderByDescending(a => a.Version).FirstOrDefaultAsync(ct);
        if (current is not null)
        {
            return current;
        }

        db.SignatureAgreements.Add(SignatureAgreement.Create(1, SignatureAgreement.DefaultText, "portal", DateTimeOffset.UtcNow));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request seeded it first.
        }

        db.ChangeTracker.Clear();
        return await db.SignatureAgreements.AsNoTracking().OrderByDescending(a => a.Version).FirstAsync(ct);
    }

    /// <summary>Whether the user accepted the latest version, as it reads now (one query: it runs with every signature).</summary>
    public static Task<bool> HasAcceptedCurrentAsync(AppDbContext db, string userId, CancellationToken ct = default) =>
        db.AgreementAcceptances.AnyAsync(a => a.UserId == userId
            && db.SignatureAgreements.OrderByDescending(s => s.Version).Take(1).Any(s => s.Version == a.AgreementVersion && s.Hash == a.AgreementHash), ct);
}
