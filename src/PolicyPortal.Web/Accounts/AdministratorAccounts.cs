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

    /// <summary>Checks a new password against Identity's rules (length, block list, the user's own login) without saving anything.</summary>
    public async Task<IdentityResult> CheckPasswordAsync(AppUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
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
