using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Pages.Staff;

/// <summary>
/// When a person may be linked to another account. Acknowledgements are recorded under the person and signed with the
/// linked account's password, so relinking would let an administrator sign as someone else: a person who has
/// acknowledgements keeps their link for good, a person whose account is in use (its password set) is never moved to
/// another account, and an account that has signed for one person is never linked to another.
/// </summary>
public static class AccountLinks
{
    public static async Task<string?> RefusalAsync(AppDbContext db, Person person, string? userId)
    {
        if (await db.Acknowledgements.AnyAsync(a => a.PersonId == person.Id))
        {
            return $"{person.FullName} уже ознакомлен(а) с документами: связь с учётной записью изменить нельзя.";
        }

        if (person.UserId is { } current && await db.Users.AnyAsync(u => u.Id == current && u.PasswordHash != null))
        {
            return $"{person.FullName} уже пользуется своей учётной записью: связать сотрудника с другой учётной записью или снять связь нельзя. Если учётная запись больше не нужна, отключите её.";
        }

        if (userId is null)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId);
        if (user is null)
        {
            return "Такой учётной записи нет.";
        }

        var other = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId && p.Id != person.Id);
        if (other is not null)
        {
            return $"Учётная запись {user.Email} уже связана с сотрудником {other.FullName}.";
        }

        if (await db.Acknowledgements.AnyAsync(a => a.UserId == userId && a.PersonId != person.Id))
        {
            return $"Учётной записью {user.Email} уже подписаны ознакомления другого сотрудника: связать её с {person.FullName} нельзя.";
        }

        return null;
    }

    public static AuditEntry Audit(DateTimeOffset at, string by, Person person, string? from, string? to, IReadOnlyDictionary<string, string> emails)
    {
        string Name(string? id) => id is null ? "нет" : emails.GetValueOrDefault(id, id);
        return AuditEntry.Record(at, by, to is null ? AuditActions.UnlinkAccount : AuditActions.LinkAccount, person.Id.ToString(),
            $"{person.FullName}: учётная запись {Name(from)} → {Name(to)}");
    }
}
