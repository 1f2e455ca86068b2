using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.IntegrationTests.Institutions;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Acknowledgements;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.IntegrationTests.Region;

/// <summary>
/// A region: the first institution (set up through /setup, on <see cref="HostOfFirst"/>) and others added straight into
/// the database, as <c>institution add</c> would, each with a published order naming its staff, some of whom have
/// acknowledged it. The curator's account belongs to the first institution and is signed in on its host.
/// </summary>
public sealed class RegionFactory : PortalFactory
{
    public RegionFactory(DatabaseProvider provider = DatabaseProvider.Sqlite)
        : base(provider) => WithSetting("Site:BaseUrl", "https://portal.region.test");

    public const string HostOfFirst = "college.region.test";
    public const string CuratorEmail = "curator@minobr.region.test";

    public override FormClient CreateFormClient()
    {
        var cookies = new CookieContainer();
        return new FormClient(CreateDefaultClient(new Uri($"https://{HostOfFirst}"), new CookieContainerHandler(cookies)), cookies);
    }

    /// <summary>What the arrangement's scopes act for (an admin command's <c>--institution</c>).</summary>
    public void ActAs(int institution) => Services.GetRequiredService<CommandInstitution>().Id = institution;

    /// <summary>Registers an institution with its host, profile and the region's dictionaries; the first gets its host too.</summary>
    public async Task AddInstitutionAsync(int id, string slug, string name)
    {
        await InstitutionArrange.AddAsync(
            this, ActAs, id, slug, $"{slug}.region.test", HostOfFirst,
            new InstitutionProfile { FullName = name, ShortName = name, City = "Город", DirectorName = "Директорова Анна Петровна", Type = InstitutionType.School });
        ActAs(CurrentInstitution.Default);
    }

    /// <summary>
    /// Publishes an order of <paramref name="institution"/> approving <paramref name="services"/> (by name; a registry
    /// entry's id when there is one, and never the registry's state-system mark, which the overview must read from the
    /// registry), naming <paramref name="people"/> staff of whom the first <paramref name="signed"/> acknowledge it.
    /// </summary>
    public async Task<Guid> PublishAsync(int institution, string number, string[] services, int people, int signed, DateTimeOffset publishedAt)
    {
        ActAs(institution);
        Guid id;
        var persons = new List<Person>();
        await using (var scope = Scope(out var db))
        {
            var registry = await db.Services.AsNoTracking().ToListAsync();
            var content = new DocumentContent { Requisites = { Number = number, Date = DateOnly.FromDateTime(publishedAt.UtcDateTime), Title = "О применении сервисов взаимодействия" } };
            content.Appendices.Add(new Appendix
            {
                Kind = AppendixKind.ApprovedServices,
                Title = "Перечень сервисов",
                Services = [.. services.Select(s => new ServiceEntry { Name = s, ServiceId = registry.FirstOrDefault(r => r.Name == s)?.Id, Interaction = Interaction.Both })],
            });
            for (var i = 0; i < people; i++)
            {
                var person = new Person { FullName = $"Работникова Вера Олеговна {number}-{i}", Position = "Учитель", Email = $"staff{number}-{i}@school.test" };
                persons.Add(person);
                db.People.Add(person);
                content.Acknowledgers.Add(PersonRef.Of(person.FullName, person.Position, person.Id));
            }

            var document = PolicyDocument.CreateDraft(content, "test", publishedAt);
            document.Publish(DocumentArrange.ApprovedOnPaper, "test", publishedAt);
            db.Documents.Add(document);
            await db.SaveChangesAsync();
            id = document.Id;
        }

        foreach (var person in persons.Take(signed))
        {
            await using var scope = Scope(out _);
            await scope.ServiceProvider.GetRequiredService<AcknowledgementLedger>().AppendAsync(id, person.Id, previous => Acknowledgement.Paper(
                id, "hash", null, person.Id, DateOnly.FromDateTime(publishedAt.UtcDateTime), new PaperDateWindow(DateOnly.MinValue, DateOnly.MaxValue), null,
                "director", publishedAt, previous));
        }

        ActAs(CurrentInstitution.Default);
        return id;
    }

    /// <summary>A draft of <paramref name="institution"/> that must never show.</summary>
    public async Task AddDraftAsync(int institution, string number)
    {
        ActAs(institution);
        await using (var scope = Scope(out var db))
        {
            var content = new DocumentContent { Requisites = { Number = number, Date = new DateOnly(2030, 1, 1), Title = "Черновик приказа" } };
            content.Appendices.Add(new Appendix { Kind = AppendixKind.ApprovedServices, Services = [new ServiceEntry { Name = "Сервис из черновика" }] });
            db.Documents.Add(PolicyDocument.CreateDraft(content, "test", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        ActAs(CurrentInstitution.Default);
    }

    /// <summary>The curator's account, as <c>create-curator</c> makes it, signed in (two-factor enrolment included).</summary>
    public async Task<FormClient> CuratorAsync()
    {
        await CreateCuratorAsync(CuratorEmail);
        return await TestAccounts.SignInAsync(this, CuratorEmail, TestAccounts.AdminPassword);
    }

    public async Task CreateCuratorAsync(string email)
    {
        ActAs(CurrentInstitution.Default);
        await using var scope = Services.CreateAsyncScope();
        var (created, _) = await scope.ServiceProvider.GetRequiredService<AdministratorAccounts>()
            .CreateCuratorAsync(email, "Инспекторова Ольга Львовна", TestAccounts.AdminPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
    }

    public async Task<bool> IsCuratorAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.FindByEmailAsync(email) is { } user && await users.IsInRoleAsync(user, Roles.Curator);
    }
}
