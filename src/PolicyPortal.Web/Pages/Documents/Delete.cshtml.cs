using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>
/// Deleting a draft (an accidental «Пустой приказ», a test import): confirmed on its own page, audited.
/// A published or superseded document is never deleted. A second identical post finds the draft gone and answers as the first.
/// </summary>
[Authorize(Roles = Roles.Director)]
public sealed class DeleteModel(AppDbContext db, TimeProvider time, ILogger<DeleteModel> logger) : PageModel
{
    public const string Deleted = "Черновик удалён.";
    public const string NotDeletable = "Опубликованный документ удалить нельзя: он остаётся в архиве. Чтобы заменить его, сделайте новую редакцию.";

    public PolicyDocument Document { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid id)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            return NotFound();
        }

        if (!document.IsDraft)
        {
            TempData["Message"] = NotDeletable;
            return Redirect($"/director/documents/{id}");
        }

        Document = document;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid id)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            // Already deleted (a second click, or another tab): the same answer as the first time.
            var deletedBefore = await db.AuditLog.AsNoTracking().AnyAsync(a => a.EntityId == id.ToString() && a.Action == AuditActions.Delete);
            if (!deletedBefore)
            {
                return NotFound();
            }

            TempData["Message"] = Deleted;
            return Redirect("/director/documents");
        }

        if (!document.IsDraft)
        {
            TempData["Message"] = NotDeletable;
            return Redirect($"/director/documents/{id}");
        }

        var user = User.Identity!.Name!;
        db.Documents.Remove(document);
        db.AuditLog.Add(AuditEntry.Record(time.GetUtcNow(), user, AuditActions.Delete, id.ToString(), $"Черновик удалён: {DocumentTitles.Short(document)} «{document.Title}»"));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Deleted or published by a request at the same moment: show how it stands now.
            return Redirect($"/director/documents/{id}/delete");
        }

        logger.LogInformation("{User} deleted draft {Document}", user, id);
        TempData["Message"] = Deleted;
        return Redirect("/director/documents");
    }
}
