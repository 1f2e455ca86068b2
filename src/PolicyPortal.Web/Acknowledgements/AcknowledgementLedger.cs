using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Journal;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Journal;

namespace PolicyPortal.Web.Acknowledgements;

public enum AppendResult
{
    Appended,
    AlreadyAcknowledged,
}

/// <summary>
/// Appends acknowledgements to the hash chain. The unique index on (DocumentId, PersonId) keeps one row per person and
/// version; the unique index on PreviousHash keeps the chain from forking. Two servers appending at once: one insert
/// wins, the other reads the new last row and tries again. No lock in memory, so it holds across processes.
/// </summary>
public sealed class AcknowledgementLedger(AppDbContext db, JournalKeyring keyring, SheetRenderings sheets, ILogger<AcknowledgementLedger> logger)
{
    private const int MaxAttempts = 20;

    /// <param name="build">Makes the row given the hash of the last row.</param>
    public async Task<AppendResult> AppendAsync(Guid documentId, Guid personId, Func<string, Acknowledgement> build, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await ExistsAsync(documentId, personId, ct))
            {
                return AppendResult.AlreadyAcknowledged;
            }

            Acknowledgement? row = null;
            try
            {
                // On SQLite this is BEGIN IMMEDIATE: appenders queue for the write lock (busy timeout) instead of colliding.
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var last = await LastHashAsync(ct);
                row = build(last);
                db.Acknowledgements.Add(row);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                sheets.Refresh(db.InstitutionId, documentId);
                return AppendResult.Appended;
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts)
            {
                if (row is not null)
                {
                    db.Entry(row).State = EntityState.Detached;
                }

                logger.LogInformation("Acknowledgement append for {Document}/{Person} collided (attempt {Attempt}): {Reason}",
                    documentId, personId, attempt, e.InnerException?.Message ?? e.Message);
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), ct);
            }
        }
    }

    public Task<bool> ExistsAsync(Guid documentId, Guid personId, CancellationToken ct = default) =>
        db.Acknowledgements.AsNoTracking().AnyAsync(a => a.DocumentId == documentId && a.PersonId == personId, ct);

    private async Task<string> LastHashAsync(CancellationToken ct) =>
        await db.Acknowledgements.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct)
        ?? Acknowledgement.Genesis;

    /// <summary>Checks the whole chain, oldest first: rows before the journal key by SHA-256, later ones by the key.</summary>
    public async Task<(int Rows, ChainBreak? Break)> VerifyAsync(CancellationToken ct = default)
    {
        var key = await keyring.TryLoadAsync(ct);
        var rows = await db.Acknowledgements.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
        var report = JournalChain.Verify(rows, key?.Key, key?.Acknowledgements ?? JournalBoundary.Empty, legacyStored: true);
        return (report.Rows, report.Break);
    }
}
