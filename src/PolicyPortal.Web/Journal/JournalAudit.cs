using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Journal;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Journal;

/// <summary>Both chains checked, what the published documents say against the audit chain, and whether a key was found.</summary>
public sealed record JournalReport(ChainReport Acknowledgements, ChainReport AuditLog, IReadOnlyList<string> Publications, JournalKeyFile? Key)
{
    public bool Intact => Acknowledgements.Break is null && AuditLog.Break is null && Publications.Count == 0 && KeyFault is null;

    /// <summary>Keyed links exist but the key file does not: they cannot be checked.</summary>
    public string? KeyFault { get; init; }
}

/// <summary>
/// Reads the journal: the acknowledgement chain, the audit chain (publications, supersessions and every other action
/// are lines of it) and the anchor over both. Publications and supersessions are rows of the documents table, which
/// is not append-only, so each chained «publish» line must still find its document published or superseded with the
/// SHA-256 it names, and each «supersede» line its document superseded.
/// </summary>
public sealed class JournalAudit(AppDbContext db, JournalKeyring keyring)
{
    public async Task<JournalReport> VerifyAsync(CancellationToken ct = default)
    {
        var key = await keyring.TryLoadAsync(ct);
        var acknowledgements = await db.Acknowledgements.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
        var audit = await db.AuditLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
        var acknowledgementReport = JournalChain.Verify(acknowledgements, key?.Key, key?.Acknowledgements ?? JournalBoundary.Empty, legacyStored: true);
        var auditReport = JournalChain.Verify(audit, key?.Key, key?.AuditLog ?? JournalBoundary.Empty, legacyStored: false);
        var keyFault = key is null && audit.Any(a => a.Hash.Length > 0)
            ? $"файла ключа журнала {keyring.KeyFile} нет, а записи журнала подписаны ключом: восстановите файл из резервной копии"
            : null;
        return new(acknowledgementReport, auditReport, await PublicationFaultsAsync(audit, ct), key) { KeyFault = keyFault };
    }

    /// <summary>The anchor now: both chains' counts and last links, in one command (public pages ask for it).</summary>
    public async Task<ChainAnchor> AnchorAsync(CancellationToken ct = default)
    {
        var heads = (await db.Database.SqlQueryRaw<Heads>(HeadsSql(db.Database.ProviderName), db.InstitutionId).ToListAsync(ct)).Single();
        var auditHead = heads.AuditHead;
        if (auditHead is { Length: 0 })
        {
            // Only lines from before the key: their running link, as the key file recorded it or computed now.
            var key = await keyring.TryLoadAsync(ct);
            auditHead = key is not null && key.AuditLog.Count == heads.AuditLines
                ? key.AuditLog.Head
                : JournalChain.RunningHead(await db.AuditLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct));
        }

        return ChainAnchor.Of((int)heads.Acknowledgements, heads.AcknowledgementHead ?? JournalChain.Genesis, (int)heads.AuditLines, auditHead ?? JournalChain.Genesis);
    }

    // Raw SQL skips the global query filters: each institution's chains are its own (JournalWriter links within them).
    private const string Own = "\"InstitutionId\" = {0}";

    private static string HeadsSql(string? provider)
    {
        static string Last(string table, string? provider) => provider == AppendOnlyTriggers.SqlServerProvider
            ? $"(SELECT TOP 1 \"Hash\" FROM \"{table}\" WHERE {Own} ORDER BY \"Id\" DESC)"
            : $"(SELECT \"Hash\" FROM \"{table}\" WHERE {Own} ORDER BY \"Id\" DESC LIMIT 1)";
        return $"""
            SELECT (SELECT COUNT(*) FROM "Acknowledgements" WHERE {Own}) AS "Acknowledgements", {Last("Acknowledgements", provider)} AS "AcknowledgementHead",
                   (SELECT COUNT(*) FROM "AuditLog" WHERE {Own}) AS "AuditLines", {Last("AuditLog", provider)} AS "AuditHead"
            """;
    }

    private sealed record Heads(long Acknowledgements, string? AcknowledgementHead, long AuditLines, string? AuditHead);

    private async Task<IReadOnlyList<string>> PublicationFaultsAsync(IReadOnlyList<AuditEntry> audit, CancellationToken ct)
    {
        var documents = await db.Documents.AsNoTracking()
            .Select(d => new { d.Id, d.Number, d.Status, d.SnapshotHash })
            .ToDictionaryAsync(d => d.Id.ToString(), ct);
        var faults = new List<string>();
        foreach (var line in audit.Where(a => a.Action is AuditActions.Publish or AuditActions.Supersede))
        {
            if (!documents.TryGetValue(line.EntityId, out var document))
            {
                faults.Add($"документ {line.EntityId} из записи журнала {line.Id} ({AuditActions.Title(line.Action).TrimEnd(':')}) удалён из базы.");
            }
            else if (line.Action == AuditActions.Publish && document.Status == DocumentStatus.Draft)
            {
                faults.Add($"документ {line.EntityId} (№ {document.Number}) опубликован по записи журнала {line.Id}, а в базе он снова черновик.");
            }
            else if (line.Action == AuditActions.Publish && line.Details.Contains("SHA-256 ", StringComparison.Ordinal)
                     && !line.Details.EndsWith($"SHA-256 {document.SnapshotHash}", StringComparison.Ordinal))
            {
                faults.Add($"документ {line.EntityId} (№ {document.Number}) опубликован с другим SHA-256, чем записано в журнале ({line.Id}): снимок подменён вместе с хешем.");
            }
            else if (line.Action == AuditActions.Supersede && document.Status != DocumentStatus.Superseded)
            {
                faults.Add($"документ {line.EntityId} (№ {document.Number}) утратил силу по записи журнала {line.Id}, а в базе снова действует.");
            }
        }

        return faults;
    }
}
