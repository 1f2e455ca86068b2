using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Admin.Agreement;

/// <summary>The ПЭП agreement's text; saving a changed text makes a new version that everyone accepts again.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(AppDbContext db, IValidator<AgreementText> validator, TimeProvider time, ILogger<IndexModel> logger) : PageModel
{
    public SignatureAgreement Current { get; private set; } = default!;
    public int Acceptances { get; private set; }

    [BindProperty]
    [Display(Name = "Текст соглашения")]
    public string Text { get; set; } = "";

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Text = Current.Text;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var validation = await validator.ValidateAsync(new AgreementText(Text), ct);
        if (!validation.IsValid)
        {
            // The text area is the page's own field «Text», not Input.Text.
            ModelState.AddErrors(validation, prefix: "");
            return Page();
        }

        var next = SignatureAgreement.Create(Current.Version + 1, Text, User.Identity?.Name ?? "", time.GetUtcNow());
        if (next.Hash == Current.Hash)
        {
            Message = "Текст не изменился — новая редакция не нужна.";
            return RedirectToPage();
        }

        db.SignatureAgreements.Add(next);
        db.AuditLog.Add(AuditEntry.Record(next.CreatedAt, next.CreatedBy, AuditActions.Agreement, $"agreement-{next.Version}", $"SHA-256 {next.Hash}"));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{Admin} saved signature agreement version {Version}", User.Identity?.Name, next.Version);
        Message = $"Сохранена редакция {next.Version}. Каждый сотрудник примет её перед следующим ознакомлением.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Current = await SignatureAgreements.CurrentAsync(db, ct);
        var version = Current.Version;
        Acceptances = await db.AgreementAcceptances.CountAsync(a => a.AgreementVersion == version, ct);
    }
}

/// <summary>What the form posts: the agreement's new text.</summary>
public sealed record AgreementText(string Text);

public sealed class AgreementTextValidator : AbstractValidator<AgreementText>
{
    public AgreementTextValidator() => RuleFor(a => a.Text).NotEmpty().WithMessage("Текст соглашения не может быть пустым.");
}
