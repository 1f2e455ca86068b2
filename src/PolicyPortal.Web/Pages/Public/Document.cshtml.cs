using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PolicyPortal.Web.Public;

namespace PolicyPortal.Web.Pages.Public;

/// <summary>The permanent page of a published or superseded document (the QR code on paper points here). A draft is «not found».</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.CachePolicy)]
public sealed class DocumentModel(PublicDocuments documents) : PageModel
{
    public PublicDocument Shown { get; private set; } = default!;

    /// <summary>The versions of this regulation, oldest first.</summary>
    public IReadOnlyList<ArchiveEntry> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await documents.FindAsync(id, ct) is not { } shown)
        {
            return NotFound();
        }

        Shown = shown;
        Versions = await documents.VersionsAsync(shown.Document, ct);
        return Page();
    }
}
