using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PolicyPortal.Web.Public;

namespace PolicyPortal.Web.Pages.Public;

/// <summary>Every published document, in force or not, each with its permanent address.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.CachePolicy, VaryByQueryKeys = ["page"])]
public sealed class ArchiveModel(PublicDocuments documents) : PageModel
{
    public ArchivePage Archive { get; private set; } = new([], 1, 1);

    public IReadOnlyList<ArchiveEntry> Entries => Archive.Entries;

    /// <summary>Pages of <see cref="PublicDocuments.PageSize"/>, newest first; <c>?page=2</c> and on.</summary>
    public async Task OnGetAsync(int? page, CancellationToken ct) => Archive = await documents.ArchivePageAsync(page ?? 1, ct);
}
