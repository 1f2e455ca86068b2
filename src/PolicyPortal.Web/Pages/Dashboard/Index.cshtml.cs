using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.Web.Pages.Dashboard;

public sealed class IndexModel(UserManager<AppUser> users) : PageModel
{
    public string FullName { get; private set; } = "";
    public IReadOnlyList<string> RoleTitles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        FullName = user?.FullName ?? User.Identity?.Name ?? "";
        RoleTitles = Roles.All.Where(User.IsInRole).Select(Roles.Title).ToList();
    }
}
