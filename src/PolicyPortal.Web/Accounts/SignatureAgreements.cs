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

    public static async Task<bool> HasAcceptedCurrentAsync(AppDbContext db, string userId, CancellationToken ct = default)
    {
        var current = await CurrentAsync(db, ct);
        return await db.AgreementAcceptances.AnyAsync(a => a.UserId == userId && a.AgreementVersion == current.Version && a.AgreementHash == current.Hash, ct);
    }
}
