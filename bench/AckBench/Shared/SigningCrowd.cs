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
        var agreement = SignatureAgreement.Create(1, SignatureAgreement.DefaultText, "bench", now);
        db.SignatureAgreements.Add(agreement);
        var content = new DocumentContent { Requisites = { Number = "1", Title = "О порядке применения сервисов взаимодействия", Date = DateOnly.FromDateTime(now.UtcDateTime) } };
        var (documentId, emails) = await PublishOrderNamingAsync(db, agreement, content, count, "bench.test", now);
        SqliteConnection.ClearAllPools();
        return new Arranged(documentId, emails);
    }

    /// <summary>
    /// Adds <paramref name="count"/> people with accounts (the shared <see cref="Password"/>) that accepted the agreement,
    /// names them as acknowledgers of <paramref name="content"/>, and publishes it. AckBench and RegionBench both use it.
    /// </summary>
    public static async Task<(Guid DocumentId, List<string> Emails)> PublishOrderNamingAsync(
        AppDbContext db, SignatureAgreement agreement, DocumentContent content, int count, string emailDomain, DateTimeOffset now)
    {
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var email = $"signer{i}@{emailDomain}";
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
        return (document.Id, emails);
    }
}
