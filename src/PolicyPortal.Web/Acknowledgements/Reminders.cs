using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting.Cluster;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Mail;

namespace PolicyPortal.Web.Acknowledgements;

/// <param name="Delivered">False when no mail server is configured: nothing reached anyone, the director passes the link on.</param>
/// <param name="Reminded">Who was to be reminded this time (names as the directory has them).</param>
/// <param name="Link">The document's page for its acknowledgers, to pass on by hand when mail is not delivered.</param>
public sealed record ReminderOutcome(int Sent, int AlreadyToday, int WithoutAccount, bool Delivered = true, IReadOnlyList<string>? Reminded = null, string? Link = null)
{
    public string Summary =>
        Lead +
        (AlreadyToday > 0 ? $" Сегодня уже напоминали: {AlreadyToday} (не чаще раза в день)." : "") +
        (WithoutAccount > 0 ? $" Без учётной записи или почты: {WithoutAccount} — им нужен бумажный лист." : "");

    /// <summary>Shown with <see cref="Link"/> when the reminders were not mailed.</summary>
    public string? LinkToPassOn => !Delivered && Sent > 0 ? Link : null;

    private string Lead => (Delivered, Sent) switch
    {
        (_, 0) => "Новых напоминаний нет.",
        (true, _) => $"Напоминания отправлены по электронной почте: {Sent}.",
        _ => $"Почтовый сервер не настроен — письма не отправлены. Кому передать ссылку на документ ({Sent}): {string.Join(", ", Reminded ?? [])}. Ссылка:",
    };
}

/// <summary>«Напомнить»: a mail to each person who has not signed, at most once a day per person (a Reminder row each).
/// Two clicks on two servers take turns under one lock per document, so the second counts «already today» for everyone.</summary>
public sealed class Reminders(
    AppDbContext db, IMailSender mail, BackgroundWorkLock workLock, InstitutionAddresses addresses, TimeProvider time, ILogger<Reminders> logger)
{
    public async Task<ReminderOutcome> SendAsync(PolicyDocument document, IReadOnlyList<AcknowledgerRow> notSigned, DateOnly today, string by, CancellationToken ct)
    {
        await using var held = await workLock.AcquireAsync($"reminders:{document.Id:N}", TimeSpan.FromMinutes(1), ct);
        var link = (await addresses.CurrentAsync(ct)).Link($"/my/documents/{document.Id}");
        int sent = 0, already = 0, without = 0;
        var reminded = new List<string>();
        foreach (var row in notSigned)
        {
            if (row.UserId is null || row.Email.Length == 0)
            {
                without++;
                continue;
            }

            if (await db.Reminders.AnyAsync(r => r.DocumentId == document.Id && r.PersonId == row.PersonId && r.Day == today, ct))
            {
                already++;
                continue;
            }

            var reminder = Reminder.Record(document.Id, row.PersonId, today, time.GetUtcNow(), by);
            db.Reminders.Add(reminder);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // A second click at the same moment: the unique index let only one through.
                db.Entry(reminder).State = EntityState.Detached;
                already++;
                continue;
            }

            await mail.SendAsync(new OutgoingMail(row.Email, row.FullName, $"Напоминание: ознакомьтесь с документом № {document.Number}",
                $"""
                Здравствуйте, {row.FullName}!

                Пожалуйста, ознакомьтесь с документом «{document.Title}» (№ {document.Number} от {document.Date:dd.MM.yyyy})
                и подтвердите ознакомление на портале:

                {link}
                """), ct);
            sent++;
            reminded.Add(row.FullName);
        }

        logger.LogInformation("{User} reminded acknowledgers of {Document}: {Sent} reminded ({Delivery}), {Already} already today, {Without} without account",
            by, document.Id, sent, mail.Delivers ? "mailed" : "no mail server: link shown to pass on", already, without);
        return new ReminderOutcome(sent, already, without, mail.Delivers, reminded, link);
    }
}
