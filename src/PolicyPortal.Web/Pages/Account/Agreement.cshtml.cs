using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Pages.Account;

/// <summary>The current ПЭП agreement; accepting it (with its version, hash and time) is required before any signing.</summary>
public sealed class AgreementModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, ILogger<AgreementModel> logger) : PageModel
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
            if (!Accept)
            {
                ModelState.AddModelError(nameof(Accept), "Отметьте, что принимаете соглашение.");
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
