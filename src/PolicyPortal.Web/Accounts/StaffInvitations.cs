using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Mail;

namespace PolicyPortal.Web.Accounts;

/// <param name="Link">Shown to the administrator when no mail server delivers it.</param>
public sealed record InviteOutcome(bool Succeeded, string Message, string? Link = null);

/// <summary>
/// Invites a staff person: an account (their e-mail, role Staff, no password) linked to the person, and a single-use
/// link to set the password, mailed or shown to the administrator.
/// </summary>
public sealed class StaffInvitations(AppDbContext db, UserManager<AppUser> users, IMailSender mail, InstitutionAddresses addresses, TimeProvider time, ILogger<StaffInvitations> logger)
{
    public async Task<InviteOutcome> InviteAsync(Guid personId, string adminName, CancellationToken ct = default)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null || !person.IsActive)
        {
            return new(false, "Сотрудник не найден или отключён.");
        }

        var email = person.Email.Trim();
        if (email.Length == 0)
        {
            return new(false, $"{person.FullName}: укажите адрес электронной почты сотрудника — он станет логином.");
        }

        AppUser? user = person.UserId is { } linked ? await users.FindByIdAsync(linked) : null;
        if (user is not null && await users.HasPasswordAsync(user))
        {
            return new(false, $"{person.FullName} уже пользуется порталом: приглашение не нужно.");
        }

        if (user is null)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                return new(false, $"Учётная запись {email} уже есть: свяжите её с сотрудником в списке.");
            }

            user = new AppUser { UserName = email, Email = email, FullName = person.FullName, EmailConfirmed = true };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return new(false, string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, Roles.Staff);
            person.UserId = user.Id;
        }

        // A new link revokes the older ones (marked used): a link mailed to an old address or seen by someone else dies.
        var now = time.GetUtcNow();
        var revoked = await db.Invitations.Where(i => i.UserId == user.Id && i.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), ct);
        if (revoked > 0)
        {
            logger.LogInformation("{Admin} re-invited account {User}: {Count} older invitation(s) revoked", adminName, user.Id, revoked);
        }

        var (invitation, token) = Invitation.Issue(person.Id, user.Id, adminName, now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        var link = (await addresses.CurrentAsync(ct)).Link($"/account/invite/{token}");
        logger.LogInformation("{Admin} invited person {Person} (account {User}), invitation {Invitation}", adminName, person.Id, user.Id, invitation.Id);

        await mail.SendAsync(new OutgoingMail(email, person.FullName, "Приглашение на портал документов",
            $"""
            Здравствуйте, {person.FullName}!

            Вас пригласили на портал документов организации, чтобы знакомиться с приказами онлайн.
            Чтобы задать пароль, откройте ссылку (она действует 7 дней и только один раз):

            {link}

            Ваш логин: {email}
            """), ct);
        return mail.Delivers
            ? new(true, $"Приглашение отправлено на {email}.")
            : new(true, $"Почтовый сервер не настроен — письмо не отправлено. Кому передать ссылку: {person.FullName}. Ссылка действует 7 дней, один раз:", link);
    }

    /// <summary>The invitation behind a link, if it can still be used.</summary>
    public async Task<Invitation?> FindUsableAsync(string token, CancellationToken ct = default)
    {
        var hash = Invitation.HashOf(token);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is not null && invitation.IsUsable(time.GetUtcNow()) ? invitation : null;
    }

    /// <summary>Marks the invitation used, exactly once even if two requests race (a conditional update).</summary>
    public async Task<bool> ClaimAsync(Invitation invitation, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        invitation.MarkUsed(now);
        var claimed = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), ct);
        db.Entry(invitation).State = EntityState.Detached;
        return claimed == 1;
    }
}
