using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Domain.Templates;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.RegionBench;

/// <summary>
/// A synthetic region written straight into PostgreSQL, not over HTTP: each institution gets its registry row and host,
/// a profile, a director's account, the region's services and prohibited lists, <c>staff</c> people and two editions of the model order (the
/// first superseded by the second), both naming all its staff. About 70 % of the staff acknowledged the edition in force
/// (one INSERT … SELECT for all: the rows are not a valid journal chain, which the bench does not read).
/// </summary>
public static class RegionArrange
{
    private static readonly PublicationCheck ApprovedOnPaper = new(new PublicationContext(new HashSet<string>(), [], IsImportOfApprovedDocument: true));

    public static string HostOf(int institution) => $"i{institution}.region.bench";

    public static async Task ArrangeAsync(DbContextOptions<PostgreSqlAppDbContext> options, int institutions, int staff)
    {
        await using (var db = new PostgreSqlAppDbContext(options))
        {
            await db.Database.MigrateAsync();
            db.InstitutionRegistry.AddRange(Enumerable.Range(2, institutions - 1).Select(i => new Institution { Id = i, Slug = $"i{i}" }));
            db.InstitutionHosts.AddRange(Enumerable.Range(1, institutions).Select(i => new InstitutionHost { InstitutionId = i, Name = HostOf(i) }));
            await db.SaveChangesAsync();
        }

        await Parallel.ForEachAsync(Enumerable.Range(1, institutions), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, ct) =>
        {
            await using var db = new PostgreSqlAppDbContext(options) { Institution = new CurrentInstitution(id) };
            var profile = new InstitutionProfile
            {
                FullName = $"Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № {id}»",
                ShortName = $"МБОУ «СОШ № {id}»", City = "Областной город", DirectorName = $"Директорова Анна Петровна {id}",
                Type = id % 5 == 0 ? InstitutionType.College : InstitutionType.School,
            };
            var services = ServiceCatalog.Seed();
            var prohibited = ProhibitedCatalog.Seed();
            var people = Enumerable.Range(0, staff)
                .Select(n => new Person { FullName = $"Сотрудникова Мария Ивановна {id}-{n}", Position = "Учитель", Email = $"s{n}@i{id}.bench" }).ToList();
            var now = DateTimeOffset.UtcNow;
            var first = Edition(profile, services, prohibited, people, $"{id}-о", now.AddDays(-200), null);
            var second = Edition(profile, services, prohibited, people, $"{id}/2-о", now.AddDays(-(id % 40) - 1), first.Id);
            first.SupersedeBy(second, second.PublishedAt!.Value);
            db.Institutions.Add(profile);
            db.Services.AddRange(services);
            db.ProhibitedServices.AddRange(prohibited);
            db.People.AddRange(people);
            db.Documents.AddRange(first, second);
            // An institution with no account is still at its first run and sends every page to /setup.
            var director = $"director@i{id}.bench";
            db.Users.Add(new AppUser
            {
                UserName = director, NormalizedUserName = director.ToUpperInvariant(), Email = director, NormalizedEmail = director.ToUpperInvariant(),
                FullName = profile.DirectorName, SecurityStamp = Guid.NewGuid().ToString(),
            });
            await db.SaveChangesAsync(ct);
        });

        await using (var db = new PostgreSqlAppDbContext(options))
        {
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Acknowledgements" ("DocumentId", "PersonId", "Method", "DocumentHash", "SignedAt", "PaperDate", "RecordedBy", "PreviousHash", "Hash", "InstitutionId")
                SELECT a."DocumentId", a."PersonId", 'Paper', d."SnapshotHash", d."PublishedAt" + interval '1 day', (d."PublishedAt" + interval '1 day')::date, 'bench',
                       md5(a."DocumentId"::text || a."PersonId"::text) || md5(a."PersonId"::text), md5(a."PersonId"::text || 'h') || md5(a."DocumentId"::text), a."InstitutionId"
                FROM "DocumentAcknowledgers" a JOIN "Documents" d ON d."Id" = a."DocumentId"
                WHERE d."SupersededById" IS NULL AND abs(hashtext(a."PersonId"::text)) % 10 < 7
                """);
        }
    }

    private static PolicyDocument Edition(InstitutionProfile profile, IReadOnlyList<Service> services, IReadOnlyList<ProhibitedService> prohibited, IReadOnlyList<Person> people, string number, DateTimeOffset at, Guid? supersedes)
    {
        var content = ModelTemplates.For(profile, services, prohibited, DateOnly.FromDateTime(at.UtcDateTime));
        content.Requisites.Number = number;
        content.Requisites.Date = DateOnly.FromDateTime(at.UtcDateTime);
        content.Acknowledgers = [.. people.Select(p => PersonRef.Of(p.FullName, p.Position, p.Id))];
        var document = PolicyDocument.CreateDraft(content, "bench", at, supersedes);
        document.Publish(ApprovedOnPaper, "bench", at);
        return document;
    }
}
