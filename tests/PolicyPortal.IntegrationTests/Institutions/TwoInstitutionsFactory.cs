using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.IntegrationTests.Institutions;

/// <summary>
/// A portal with two institutions on two host names. <see cref="ActAs"/> switches what the shared test helpers arrange:
/// their clients then talk to that institution's host and their database scopes act for it (as an admin command's
/// <c>--institution</c> does).
/// </summary>
public sealed class TwoInstitutionsFactory(DatabaseProvider provider = DatabaseProvider.Sqlite) : PortalFactory(provider)
{
    public const string HostA = "college.region.test";
    public const string HostB = "school77.region.test";
    public const string NameB = "МБОУ «Школа-интернат Бета № 77»";
    public const string AdminB = "director@school77.test";

    private string host = HostA;

    public int IdB { get; } = 2;

    public override FormClient CreateFormClient()
    {
        var cookies = new CookieContainer();
        return new FormClient(CreateDefaultClient(new Uri($"https://{host}"), new CookieContainerHandler(cookies)), cookies);
    }

    public void ActAs(int institution)
    {
        host = institution == CurrentInstitution.Default ? HostA : HostB;
        Services.GetRequiredService<CommandInstitution>().Id = institution;
    }

    /// <summary>Registers institution B with its profile, dictionaries and (unless asked) a director-administrator; A keeps its host.</summary>
    public async Task AddInstitutionBAsync(bool withAdministrator = true)
    {
        await using (var scope = Scope(out var db))
        {
            db.InstitutionRegistry.Add(new Institution { Id = IdB, Slug = "school77" });
            db.InstitutionHosts.Add(new InstitutionHost { InstitutionId = CurrentInstitution.Default, Name = HostA });
            db.InstitutionHosts.Add(new InstitutionHost { InstitutionId = IdB, Name = HostB });
            await db.SaveChangesAsync();
        }

        Services.GetRequiredService<InstitutionDirectory>().Forget();
        ActAs(IdB);
        await using (var scope = Scope(out var db))
        {
            db.Institutions.Add(new InstitutionProfile { FullName = NameB, ShortName = NameB, City = "Бетагорск", DirectorName = "Бетова Анна Петровна", Type = InstitutionType.School });
            db.Services.AddRange(ServiceCatalog.Seed());
            db.ProhibitedServices.AddRange(ProhibitedCatalog.Seed());
            await db.SaveChangesAsync();
            if (!withAdministrator)
            {
                return;
            }

            var (created, _) = await scope.ServiceProvider.GetRequiredService<AdministratorAccounts>()
                .CreateAsync(AdminB, "Бетова Анна Петровна", TestAccounts.AdminPassword, alsoDirector: true);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }
    }

}
