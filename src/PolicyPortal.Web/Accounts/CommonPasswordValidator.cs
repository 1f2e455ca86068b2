using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace PolicyPortal.Web.Accounts;

/// <summary>
/// Refuses passwords from a list of the most common ones (NIST SP 800-63B: length and a block list, no composition rules).
/// The list is an embedded resource, one password a line, compared case-insensitively.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string Code = "CommonPassword";

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(Load);

    public static bool IsCommon(string password) => CommonPasswords.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lowered = password.Trim().ToLowerInvariant();
        var containsOwnName = user.UserName is { Length: > 3 } name && lowered.Contains(name.Split('@')[0].ToLowerInvariant(), StringComparison.Ordinal);
        return Task.FromResult(IsCommon(password) || containsOwnName
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "Этот пароль слишком распространён или содержит ваш логин. Придумайте другой." })
            : IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PolicyPortal.Web.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}
