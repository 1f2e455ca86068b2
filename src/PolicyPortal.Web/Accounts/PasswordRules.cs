using System.Linq.Expressions;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace PolicyPortal.Web.Accounts;

/// <summary>The portal's one password rule and its one confirmation rule, used by every form that sets a password.</summary>
public static class PasswordRules
{
    /// <summary>Length and a block list, no composition rules (NIST SP 800-63B).</summary>
    public const int MinimumLength = 10;

    public static readonly string TooShort = $"Пароль должен быть не короче {MinimumLength} символов.";
    public const string Mismatch = "Пароли не совпадают.";

    /// <summary>A new password: present and at least <see cref="MinimumLength"/> characters. Identity's block list runs when it is set.</summary>
    public static IRuleBuilderOptions<T, string> PortalPassword<T>(this IRuleBuilder<T, string> rule, string missingMessage = "Придумайте пароль.") =>
        rule.NotEmpty().WithMessage(missingMessage)
            .MinimumLength(MinimumLength).WithMessage(TooShort);

    /// <summary>
    /// Identity's rules for a new password (length, the block list, the user's own login), checked without saving anything:
    /// before an invitation is used up or the first administrator's institution is written.
    /// </summary>
    public static async Task<IdentityResult> CheckNewPasswordAsync(this UserManager<AppUser> users, AppUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    /// <summary>The «password again» field equals the password.</summary>
    public static IRuleBuilderOptions<T, string> SameAs<T>(this IRuleBuilder<T, string> rule, Expression<Func<T, string>> password) =>
        rule.Equal(password).WithMessage(Mismatch);
}
