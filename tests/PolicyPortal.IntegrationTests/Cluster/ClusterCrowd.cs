using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.AckBench;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Cluster;

/// <summary>Staff with accounts (agreement accepted) named in a published order, arranged directly in the cluster's database.</summary>
public static class ClusterCrowd
{
    public sealed record Arranged(Guid DocumentId, IReadOnlyList<string> Emails);

    public static async Task<Arranged> ArrangeAsync(ClusterFixture cluster, string prefix, int count)
    {
        await using var db = cluster.Database();
        var now = DateTimeOffset.UtcNow;
        var agreement = await SignatureAgreements.CurrentAsync(db);
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), SigningCrowd.Password);
        var content = new DocumentContent();
        content.Requisites.Number = prefix;
        content.Requisites.Title = "О порядке применения сервисов взаимодействия";
        content.Requisites.Date = DateOnly.FromDateTime(now.UtcDateTime);
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var email = $"{prefix}{i}@cluster.test";
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, FullName = $"Сотрудник {prefix} {i}", PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
            };
            db.Users.Add(user);
            var person = new Person { FullName = user.FullName, Position = "Преподаватель", Email = email, UserId = user.Id };
            db.People.Add(person);
            db.AgreementAcceptances.Add(agreement.AcceptBy(user.Id, now));
            content.Acknowledgers.Add(PersonRef.Of(person.FullName, person.Position, person.Id));
            emails.Add(email);
        }

        var document = PolicyDocument.CreateDraft(content, "cluster", now);
        document.Publish(DocumentArrange.ApprovedOnPaper, "cluster", now);
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return new Arranged(document.Id, emails);
    }

    public static async Task<HashSet<string>> SignedAsync(ClusterFixture cluster, Guid documentId)
    {
        await using var db = cluster.Database();
        var users = db.Users.Select(u => new { u.Id, u.Email });
        return (await db.Acknowledgements.Where(a => a.DocumentId == documentId)
                .Join(users, a => a.UserId, u => u.Id, (_, u) => u.Email!)
                .ToListAsync())
            .ToHashSet(StringComparer.Ordinal);
    }
}
