using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;

namespace PolicyPortal.StaffBench;

/// <summary>
/// Arranges a large institution directly in a SQLite data folder, in batches: <c>staff</c> people in the directory, each
/// with an account (one shared password, hashed once, agreement accepted), <c>documents</c> published orders of a few
/// acknowledgers each, one published order naming everyone, a draft naming everyone, and an administrator and a director
/// enrolled in two-factor sign-in with a known authenticator key.
/// </summary>
public static class StaffCrowd
{
    public const string Password = "общий пароль стендового теста";
    public const string AdminEmail = "admin@bench.test";
    public const string DirectorEmail = "director@bench.test";
    /// <summary>Base32, as Identity stores an authenticator key.</summary>
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private const int Batch = 500;

    public sealed record Arranged(Guid BigOrderId, Guid DraftId, Guid PersonId, IReadOnlyList<string> StaffEmails);

    public static async Task<Arranged> ArrangeAsync(string dataFolder, int staff, int documents)
    {
        Directory.CreateDirectory(dataFolder);
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "policyportal.db") }.ToString()).Options;
        var now = DateTimeOffset.UtcNow;
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        var agreement = SignatureAgreement.Create(1, SignatureAgreement.DefaultText, "bench", now);
        var roleIds = Roles.All.ToDictionary(r => r, _ => Guid.NewGuid().ToString());

        await using (var db = new SqliteAppDbContext(options))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            db.Roles.AddRange(roleIds.Select(r => new IdentityRole(r.Key) { Id = r.Value, NormalizedName = r.Key.ToUpperInvariant() }));
            db.Institutions.Add(new InstitutionProfile
            {
                FounderLine = "Министерство образования и науки Тамбовской области",
                FullName = "Тамбовское областное государственное бюджетное профессиональное образовательное учреждение «Стендовый колледж»",
                ShortName = "ТОГБПОУ «Стендовый колледж»", City = "Уварово", Website = "https://bench.test",
                DirectorName = "Директорова Наталья Александровна",
            });
            db.SignatureAgreements.Add(agreement);
            foreach (var (email, role, name) in new[] { (AdminEmail, Roles.Administrator, "Администраторов Сергей Сергеевич"), (DirectorEmail, Roles.Director, "Директорова Наталья Александровна") })
            {
                var user = User(email, name, hash);
                user.TwoFactorEnabled = true;
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[role] });
                db.UserTokens.Add(new IdentityUserToken<string> { UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = AuthenticatorKey });
                db.AgreementAcceptances.Add(agreement.AcceptBy(user.Id, now));
            }

            await db.SaveChangesAsync();
        }

        var everyone = new List<PersonRef>(staff);
        var emails = new List<string>(staff);
        string[] positions = ["Преподаватель", "Мастер производственного обучения", "Заместитель директора", "Методист", "Педагог-психолог", "Социальный педагог", "Воспитатель", "Секретарь"];
        for (var start = 0; start < staff; start += Batch)
        {
            await using var db = new SqliteAppDbContext(options);
            for (var i = start; i < Math.Min(staff, start + Batch); i++)
            {
                var email = $"staff{i}@bench.test";
                var user = User(email, $"Сотрудников{i} Иван Петрович", hash);
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[Roles.Staff] });
                db.AgreementAcceptances.Add(agreement.AcceptBy(user.Id, now));
                var person = new Person { FullName = user.FullName, Position = positions[i % positions.Length], Email = email, UserId = user.Id };
                db.People.Add(person);
                everyone.Add(PersonRef.Of(person.FullName, person.Position, person.Id));
                emails.Add(email);
            }

            await db.SaveChangesAsync();
        }

        var random = new Random(12);
        for (var start = 0; start < documents; start += Batch / 5)
        {
            await using var db = new SqliteAppDbContext(options);
            for (var i = start; i < Math.Min(documents, start + Batch / 5); i++)
            {
                var content = Order($"А-{i}", "Архивный приказ о сервисах взаимодействия", now.AddDays(-documents + i));
                content.Acknowledgers.AddRange(Enumerable.Range(0, 20).Select(_ => everyone[random.Next(everyone.Count)]).DistinctBy(p => p.PersonId));
                db.Documents.Add(Published(content, now));
            }

            await db.SaveChangesAsync();
        }

        await using (var db = new SqliteAppDbContext(options))
        {
            var big = Order("1-о", "О порядке применения сервисов взаимодействия", now);
            big.Acknowledgers.AddRange(everyone);
            var order = Published(big, now);
            db.Documents.Add(order);
            var draftContent = Order("2-о", "О внесении изменений в порядок применения сервисов", now);
            draftContent.Acknowledgers.AddRange(everyone);
            var draft = PolicyDocument.CreateDraft(draftContent, "bench", now);
            db.Documents.Add(draft);
            await db.SaveChangesAsync();
            SqliteConnection.ClearAllPools();
            return new Arranged(order.Id, draft.Id, everyone[staff / 2].PersonId!.Value, emails);
        }
    }

    private static AppUser User(string email, string fullName, string hash) => new()
    {
        UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true, FullName = fullName, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"),
        ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
    };

    private static DocumentContent Order(string number, string title, DateTimeOffset on)
    {
        var content = new DocumentContent();
        content.Requisites.Number = number;
        content.Requisites.Title = title;
        content.Requisites.Date = DateOnly.FromDateTime(on.UtcDateTime);
        return content;
    }

    // The bench needs published versions, not complete ones: an approved-on-paper check blocks nothing.
    private static PolicyDocument Published(DocumentContent content, DateTimeOffset now)
    {
        var document = PolicyDocument.CreateDraft(content, "bench", now);
        document.Publish(new PublicationCheck(new PublicationContext(new HashSet<string>(), [], IsImportOfApprovedDocument: true)), "bench", now);
        return document;
    }
}
