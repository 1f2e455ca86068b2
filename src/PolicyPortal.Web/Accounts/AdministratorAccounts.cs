using Microsoft.AspNetCore.Identity;

namespace PolicyPortal.Web.Accounts;

/// <summary>The roles every portal needs and its first administrators: the setup page and the create-admin command.</summary>
public sealed class AdministratorAccounts(UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.Every)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>Creates the roles if missing, then the administrator (also director when <paramref name="alsoDirector"/>).</summary>
    /// <returns>Identity's answer; on failure no user exists.</returns>
    public Task<(IdentityResult Result, AppUser User)> CreateAsync(string email, string fullName, string password, bool alsoDirector = false) =>
        CreateAsync(email, fullName, password, alsoDirector ? [Roles.Administrator, Roles.Director] : [Roles.Administrator]);

    /// <summary>A curator of the region (the create-curator command): the overview of every institution, nothing else.</summary>
    public Task<(IdentityResult Result, AppUser User)> CreateCuratorAsync(string email, string fullName, string password) =>
        CreateAsync(email, fullName, password, [Roles.Curator]);

    private async Task<(IdentityResult Result, AppUser User)> CreateAsync(string email, string fullName, string password, string[] userRoles)
    {
        await EnsureRolesAsync();
        email = email.Trim();
        var user = new AppUser { UserName = email, Email = email, FullName = fullName.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            await users.AddToRolesAsync(user, userRoles);
        }

        return (created, user);
    }
}
