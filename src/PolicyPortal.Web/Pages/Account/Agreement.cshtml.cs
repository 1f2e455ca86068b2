using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Account;

/// <summary>The current ПЭП agreement; accepting it (with its version, hash and time) is required before any signing.</summary>
public sealed class AgreementModel(
    AppDbContext db, UserManager<AppUser> users, IValidator<AgreementConsent> validator, TimeProvider time, ILogger<AgreementModel> logger) : PageModel
{
    public SignatureAgreement Agreement { get; private set; } = default!;
    public AgreementAcceptance? Acceptance { get; private set; }

    [BindProperty]
    [Display(Name = "Я прочитал(а) соглашение и принимаю его условия")]
    public bool Accept { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Acceptance is null)
        {
            var validation = await validator.ValidateAsync(new AgreementConsent(Accept), ct);
            if (!validation.IsValid)
            {
                // The checkbox is the page's own field «Accept», not Input.Accept.
                ModelState.AddErrors(validation, prefix: "");
                return Page();
            }

            var userId = users.GetUserId(User)!;
            db.AgreementAcceptances.Add(Agreement.AcceptBy(userId, time.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Accepted a moment ago in another tab.
            }

            logger.LogInformation("User {User} accepted signature agreement version {Version} ({Hash})", User.Identity?.Name, Agreement.Version, Agreement.Hash);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/my/documents");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Agreement = await SignatureAgreements.CurrentAsync(db, ct);
        var userId = users.GetUserId(User);
        Acceptance = await db.AgreementAcceptances.AsNoTracking()
            .FirstOrDefaultAsync(a => a.UserId == userId && a.AgreementVersion == Agreement.Version, ct);
    }
}

/// <summary>What the acceptance form posts: the one checkbox.</summary>
public sealed record AgreementConsent(bool Accept);

public sealed class AgreementConsentValidator : AbstractValidator<AgreementConsent>
{
    public AgreementConsentValidator() => RuleFor(c => c.Accept).Equal(true).WithMessage("Отметьте, что принимаете соглашение.");
}
