using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PolicyPortal.Domain.Documents;
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
public sealed class ChangesModel(PublicDocuments documents, PublishedSnapshots snapshots) : PageModel
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
            Parts = await snapshots.GetOrReadAsync<IReadOnlyList<PartChange>>(key, async () =>
            {
                var before = await documents.WithTextAsync(older, ct);
                var after = await documents.WithTextAsync(newer, ct);
                var parts = DocumentComparison.Compare(before.View.Content, after.View.Content);
                return (parts, PublishedSnapshots.SizeOf(JsonSerializer.Serialize(parts, DocumentJson.Options)));
            });
        }

        return Page();
    }
}
