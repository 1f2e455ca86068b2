using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using PolicyPortal.Domain.Public;
using PolicyPortal.Web.Public;

namespace PolicyPortal.Web.Pages.Public;

/// <summary>
/// «Что изменилось»: a redline of a published version against the one it replaced, or against any other public version
/// given as <c>?from=</c>. Drafts are never compared: an id that is not public is «not found». Published snapshots never
/// change, so a comparison is computed once per pair of snapshots and kept in memory.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.CachePolicy, VaryByQueryKeys = ["from"])]
public sealed class ChangesModel(PublicDocuments documents, IMemoryCache memory) : PageModel
{
    public PublicDocumentRow Newer { get; private set; } = default!;

    public PublicDocumentRow? Older { get; private set; }

    public IReadOnlyList<PartChange> Parts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? from, CancellationToken ct)
    {
        var found = await documents.FindRowsAsync(from is { } o ? [id, o] : [id], ct);
        if (found.SingleOrDefault(d => d.Id == id) is not { } newer)
        {
            return NotFound();
        }

        Newer = newer;
        if (from is not null)
        {
            Older = found.SingleOrDefault(d => d.Id == from);
            if (Older is null)
            {
                return NotFound();
            }
        }
        else if (newer.SupersedesId is { } earlier)
        {
            Older = (await documents.FindRowsAsync([earlier], ct)).SingleOrDefault();
        }

        if (Older is { } older)
        {
            var key = ("public-changes", older.SnapshotHash, newer.SnapshotHash);
            if (!memory.TryGetValue(key, out IReadOnlyList<PartChange>? parts) || parts is null)
            {
                var before = await documents.WithTextAsync(older, ct);
                var after = await documents.WithTextAsync(newer, ct);
                parts = DocumentComparison.Compare(before.View.Content, after.View.Content);
                memory.Set(key, parts, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1), Size = before.SnapshotJson.Length });
            }

            Parts = parts;
        }

        return Page();
    }
}
