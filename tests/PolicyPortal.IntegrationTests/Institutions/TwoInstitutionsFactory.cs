using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Institutions;
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
        await InstitutionArrange.AddAsync(
            this, ActAs, IdB, "school77", HostB, HostA,
            new InstitutionProfile { FullName = NameB, ShortName = NameB, City = "Бетагорск", DirectorName = "Бетова Анна Петровна", Type = InstitutionType.School });
        if (!withAdministrator)
        {
            return;
        }

        await using var scope = Scope(out _);
        var (created, _) = await scope.ServiceProvider.GetRequiredService<AdministratorAccounts>()
            .CreateAsync(AdminB, "Бетова Анна Петровна", TestAccounts.AdminPassword, alsoDirector: true);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
    }
}
