using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>The document as it will print, rendered by the same partials as the PDF.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class PreviewModel(AppDbContext db, InstitutionAddresses addresses) : PageModel
{
    public DocumentView View { get; private set; } = default!;
    public string ShortTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid id)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            return NotFound();
        }

        View = DocumentView.Of(document, (await addresses.CurrentAsync(HttpContext.RequestAborted)).DocumentLink(id));
        ShortTitle = DocumentTitles.Short(document);
        return Page();
    }
}
