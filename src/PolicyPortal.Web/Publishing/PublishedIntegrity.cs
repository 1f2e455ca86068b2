using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Publishing;

/// <summary>
/// Re-hashes what was published: each snapshot's text against the SHA-256 frozen with it, each ready PDF against its
/// own. A changed text or file in the database shows here (and <c>export-json</c> refuses to serve it).
/// </summary>
public static class PublishedIntegrity
{
    public static bool SnapshotIntact(PolicyDocument document) =>
        document.SnapshotJson is { } json && document.SnapshotHash is { } hash && DocumentJson.Sha256(json) == hash;

    public static async Task<IReadOnlyList<string>> FaultsAsync(AppDbContext db, CancellationToken ct = default)
    {
        var faults = new List<string>();
        var published = await db.Documents.AsNoTracking().Where(d => d.SnapshotHash != null).ToListAsync(ct);
        faults.AddRange(published.Where(d => !SnapshotIntact(d))
            .Select(d => $"документ {d.Id} (№ {d.Number}) — текст снимка не совпадает с его SHA-256 {d.SnapshotHash}."));

        var files = await db.PublishedFiles.AsNoTracking().Where(f => f.Status == PublishedFileStatus.Ready)
            .Select(f => new { f.Id, f.DocumentId, f.FileName, f.Bytes, f.Sha256 }).ToListAsync(ct);
        faults.AddRange(files.Where(f => !string.Equals(Convert.ToHexStringLower(SHA256.HashData(f.Bytes)), f.Sha256, StringComparison.OrdinalIgnoreCase))
            .Select(f => $"PDF «{f.FileName}» документа {f.DocumentId} не совпадает со своим SHA-256 {f.Sha256}."));
        return faults;
    }
}
