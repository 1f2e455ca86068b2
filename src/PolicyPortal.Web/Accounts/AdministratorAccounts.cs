using Microsoft.AspNetCore.Identity;

namespace PolicyPortal.Web.Accounts;

/// <summary>The roles every portal needs and its first administrators: the setup page and the create-admin command.</summary>
public sealed class AdministratorAccounts(UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>Creates the roles if missing, then the administrator (also director when <paramref name="alsoDirector"/>).</summary>
    /// <returns>Identity's answer; on failure no user exists.</returns>
    public async Task<(IdentityResult Result, AppUser User)> CreateAsync(string email, string fullName, string password, bool alsoDirector = false)
    {
        await EnsureRolesAsync();
        email = email.Trim();
        var user = new AppUser { UserName = email, Email = email, FullName = fullName.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            await users.AddToRolesAsync(user, alsoDirector ? [Roles.Administrator, Roles.Director] : [Roles.Administrator]);
        }

        return (created, user);
    }
}
