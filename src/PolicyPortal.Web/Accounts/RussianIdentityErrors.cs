using Microsoft.AspNetCore.Identity;

namespace PolicyPortal.Web.Accounts;

/// <summary>Identity's messages in Russian; the codes stay as they are so pages can map them to fields.</summary>
public sealed class RussianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Произошла ошибка. Повторите попытку.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Данные изменены другим пользователем. Обновите страницу.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Неверный пароль.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Ссылка недействительна или устарела.");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Этот вход уже привязан к другой учётной записи.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"Недопустимое имя пользователя «{userName}».");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"Адрес «{email}» не похож на адрес электронной почты.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Пользователь «{userName}» уже есть.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Адрес «{email}» уже занят.");
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"Недопустимая роль «{role}».");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"Роль «{role}» уже есть.");
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Пароль уже задан.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Блокировка для этого пользователя не включена.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Пользователь уже в роли «{Roles.Title(role)}».");
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"Пользователь не в роли «{Roles.Title(role)}».");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Пароль должен быть не короче {length} символов.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"В пароле должно быть не меньше {uniqueChars} разных символов.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Пароль должен содержать знак, не являющийся буквой или цифрой.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Пароль должен содержать цифру.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Пароль должен содержать строчную букву.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Пароль должен содержать заглавную букву.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Код восстановления не подошёл.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
