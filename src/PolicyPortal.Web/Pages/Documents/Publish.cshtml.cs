using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>The confirmation step before publishing, with the choice of the document this one replaces.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class PublishModel(AppDbContext db, PublishDocument publish, IValidator<PublishConfirmation> validator) : PageModel
{
    public PolicyDocument Document { get; private set; } = default!;
    public CheckResult Check { get; private set; } = default!;
    public IReadOnlyList<PolicyDocument> InForce { get; private set; } = [];

    public const string PublishedMessage = "Документ опубликован.";

    [BindProperty] public int Revision { get; set; }
    [BindProperty] public Guid? SupersedesId { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!Document.IsDraft)
        {
            return Redirect($"/director/documents/{id}");
        }

        Revision = Document.Revision;
        SupersedesId = Document.SupersedesId ?? (InForce.Count == 1 ? InForce[0].Id : null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(new PublishConfirmation(Confirmed));
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation, "");
            return Page();
        }

        // A second post of a double click (or a resubmit after Back) finds the document published: it answers as the
        // first did, with the published document, never with an error.
        var outcome = Document.IsDraft ? await publish.RunAsync(id, User.Identity!.Name!, Revision, SupersedesId) : new(PublishStatus.NotADraft);
        switch (outcome.Status)
        {
            case PublishStatus.Published:
            case PublishStatus.NotADraft or PublishStatus.Conflict when await IsPublishedAsync(id):
                TempData["Message"] = PublishedMessage;
                return Redirect($"/director/documents/{id}");
            case PublishStatus.NotADraft:
                return Redirect($"/director/documents/{id}");
            case PublishStatus.Conflict:
                ModelState.AddModelError("", "Документ изменили, пока вы готовились к публикации. Откройте его заново и проверьте изменения.");
                return Page();
            default:
                ModelState.AddModelError("", "Документ не прошёл проверку. Исправьте ошибки и попробуйте снова.");
                Check = outcome.Check ?? Check;
                return Page();
        }
    }

    private Task<bool> IsPublishedAsync(Guid id) =>
        db.Documents.AsNoTracking().AnyAsync(d => d.Id == id && d.Status != DocumentStatus.Draft);

    private async Task<bool> LoadAsync(Guid id)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            return false;
        }

        Document = document;
        Check = await DocumentChecks.CheckAsync(db, id, document.ReadContent());
        InForce = await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Published && d.Id != id).ToListAsync();
        return true;
    }
}

/// <summary>What the director confirms on the publish form.</summary>
public sealed record PublishConfirmation(bool Confirmed);

public sealed class PublishConfirmationValidator : AbstractValidator<PublishConfirmation>
{
    public PublishConfirmationValidator() =>
        RuleFor(c => c.Confirmed).Equal(true).WithMessage("Подтвердите, что документ подписан руководителем и готов к публикации.");
}
