using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;

namespace PolicyPortal.AckBench;

/// <summary>
/// Arranges, directly in a SQLite data folder, a published order naming <c>count</c> staff people, each with an
/// account (one shared password, hashed once) that has accepted the ПЭП agreement. Signing then goes over HTTP.
/// </summary>
public static class SigningCrowd
{
    public const string Password = "общий пароль нагрузочного теста";

    public sealed record Arranged(Guid DocumentId, IReadOnlyList<string> Emails);

    public static async Task<Arranged> ArrangeAsync(string dataFolder, int count)
    {
        Directory.CreateDirectory(dataFolder);
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "policyportal.db") }.ToString()).Options;
        await using var db = new SqliteAppDbContext(options);
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        var now = DateTimeOffset.UtcNow;
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        var agreement = SignatureAgreement.Create(1, SignatureAgreement.DefaultText, "bench", now);
        db.SignatureAgreements.Add(agreement);
        var content = new DocumentContent();
        content.Requisites.Number = "1";
        content.Requisites.Title = "О порядке применения сервисов взаимодействия";
        content.Requisites.Date = DateOnly.FromDateTime(now.UtcDateTime);
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var email = $"signer{i}@bench.test";
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, FullName = $"Сотрудник {i}", PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
            };
            db.Users.Add(user);
            var person = new Person { FullName = user.FullName, Position = "Преподаватель", Email = email, UserId = user.Id };
            db.People.Add(person);
            db.AgreementAcceptances.Add(agreement.AcceptBy(user.Id, now));
            content.Acknowledgers.Add(PersonRef.Of(person.FullName, person.Position, person.Id));
            emails.Add(email);
        }

        var document = PolicyDocument.CreateDraft(content, "bench", now);
        // The bench needs a published version, not a complete one: an approved-on-paper check blocks nothing.
        document.Publish(new PublicationCheck(new PublicationContext(new HashSet<string>(), [], IsImportOfApprovedDocument: true)), "bench", now);
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        SqliteConnection.ClearAllPools();
        return new Arranged(document.Id, emails);
    }
}
