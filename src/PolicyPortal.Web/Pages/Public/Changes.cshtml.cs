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
/// given as <c>?from=</c>. Drafts are never compared: an id that is not public is «not found».
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.CachePolicy)]
public sealed class ChangesModel(PublicDocuments documents) : PageModel
{
    public PolicyDocument Newer { get; private set; } = default!;

    public PolicyDocument? Older { get; private set; }

    public IReadOnlyList<PartChange> Parts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? from, CancellationToken ct)
    {
        var found = await documents.FindManyAsync(from is { } o ? [id, o] : [id], ct);
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
            Older = (await documents.FindManyAsync([earlier], ct)).SingleOrDefault();
        }

        if (Older is not null)
        {
            Parts = DocumentComparison.Compare(documents.View(Older).Content, documents.View(Newer).Content);
        }

        return Page();
    }
}
