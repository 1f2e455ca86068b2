using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Pages.Dashboard;

/// <summary>Where everyone lands after signing in. Someone who acknowledges documents reads the ПЭП agreement first.</summary>
public sealed class IndexModel(UserManager<AppUser> users, AppDbContext db) : PageModel
{
    public string FullName { get; private set; } = "";
    public IReadOnlyList<string> RoleTitles { get; private set; } = [];
    /// <summary>Asked to read the agreement by a notice, not a redirect: see below.</summary>
    public bool AgreementPending { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        AgreementPending = user is not null
            && await db.People.AnyAsync(p => p.UserId == user.Id, ct)
            && !await SignatureAgreements.HasAcceptedCurrentAsync(db, user.Id, ct);
        // Staff are shown the agreement at once; an administrator or director comes here to work (often straight from
        // two-factor enrolment), and is asked for the agreement when they first sign a document.
        if (AgreementPending && !TwoFactorPolicy.IsRequiredFor(User))
        {
            return Redirect("/account/agreement?returnUrl=%2Fmy%2Fdocuments");
        }

        // The curator's work is the regional overview: it is their desk, with the account's links under it.
        if (User.IsInRole(Roles.Curator))
        {
            return Redirect(PolicyPortal.Web.Pages.Region.IndexModel.Path);
        }

        // Installed by commands, the portal may have no institution yet: its administrator fills the profile first.
        if (User.IsInRole(Roles.Administrator)
            && !await db.Institutions.AnyAsync(i => i.FullName != "", ct))
        {
            return Redirect("/admin/profile?first=1");
        }

        FullName = user?.FullName ?? User.Identity?.Name ?? "";
        RoleTitles = Roles.Every.Where(User.IsInRole).Select(Roles.Title).ToList();
        return Page();
    }
}
