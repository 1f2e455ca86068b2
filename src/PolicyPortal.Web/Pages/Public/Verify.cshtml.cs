using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Public;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.Web.Pages.Public;

/// <summary>
/// «Проверить документ»: a SHA-256 (pasted, or computed in the browser from a dropped PDF — the file never leaves the
/// visitor's computer) names the published document and edition it belongs to, whether it is in force or superseded
/// (by which), who signed and who published it, when. A GET form: nothing to protect, so the page stays cacheable.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.CachePolicy, VaryByQueryKeys = ["sha256"])]
public sealed partial class VerifyModel(AppDbContext db, PublicDocuments documents) : PageModel
{
    public string? Sha256 { get; private set; }

    public bool IsMalformed { get; private set; }

    public PublicDocument? Found { get; private set; }

    /// <summary>What the hash is of: the whole document's PDF, one appendix's PDF, or the published text itself.</summary>
    public string? FoundFile { get; private set; }

    public PublicDocumentRow? Replacement { get; private set; }

    public async Task OnGetAsync(string? sha256, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(sha256))
        {
            return;
        }

        Sha256 = sha256.Trim().ToLowerInvariant();
        if (!HexSha256().IsMatch(Sha256))
        {
            IsMalformed = true;
            return;
        }

        var file = await db.PublishedFiles.AsNoTracking()
            .Where(f => f.Sha256 == Sha256 && f.Status == PublishedFileStatus.Ready)
            .Select(f => new { f.DocumentId, f.Kind, f.AppendixNumber })
            .FirstOrDefaultAsync(ct);
        var documentId = file?.DocumentId ?? await db.Documents.AsNoTracking()
            .Where(d => d.SnapshotHash == Sha256 && d.Status != DocumentStatus.Draft)
            .Select(d => (Guid?)d.Id)
            .FirstOrDefaultAsync(ct);
        if (documentId is not { } id || await documents.FindAsync(id, ct) is not { } found)
        {
            return;
        }

        Found = found;
        FoundFile = file is null ? "опубликованный текст документа (контрольная сумма из отметки о подписи)"
            : file.Kind == PublishedFileKind.Package ? "файл PDF всего документа"
            : $"файл PDF приложения {file.AppendixNumber}";
        if (found.Document.SupersededById is { } later)
        {
            Replacement = (await documents.FindRowsAsync([later], ct)).SingleOrDefault();
        }
    }

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex HexSha256();
}
