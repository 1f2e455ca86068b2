using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Pages.My;

/// <summary>«Мои документы»: what the user still has to acknowledge and what they have, with dates.</summary>
public sealed class IndexModel(AppDbContext db, UserManager<AppUser> users) : PageModel
{
    public bool IsLinked { get; private set; }
    public IReadOnlyList<MyDocument> Pending { get; private set; } = [];
    public IReadOnlyList<(MyDocument Document, Acknowledgement Acknowledgement)> Acknowledged { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var person = await MyDocuments.PersonOfAsync(db, users.GetUserId(User), ct);
        IsLinked = person is not null;
        if (person is null)
        {
            return;
        }

        Pending = await MyDocuments.PendingAsync(db, person.Id, ct);
        Acknowledged = await MyDocuments.AcknowledgedAsync(db, person.Id, ct);
    }
}
