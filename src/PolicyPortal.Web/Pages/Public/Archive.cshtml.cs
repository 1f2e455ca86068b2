using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PolicyPortal.Web.Public;

namespace PolicyPortal.Web.Pages.Public;

/// <summary>Every published document, in force or not, each with its permanent address.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.CachePolicy)]
public sealed class ArchiveModel(PublicDocuments documents) : PageModel
{
    public IReadOnlyList<ArchiveEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Entries = await documents.ArchiveAsync(ct);
}
