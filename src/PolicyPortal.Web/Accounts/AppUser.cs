using Microsoft.AspNetCore.Identity;

namespace PolicyPortal.Web.Accounts;

public sealed class AppUser : IdentityUser
{
    public const int MaxFullNameLength = 200;

    public string FullName { get; set; } = "";
    /// <summary>A disabled user cannot sign in; their sessions end at once.</summary>
    public bool IsDisabled { get; set; }
}
