using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.IntegrationTests.Institutions;

/// <summary>An institution added straight into the database, as <c>institution add</c> adds it (the isolation and region tests share this).</summary>
public static class InstitutionArrange
{
    /// <summary>
    /// Registers institution <paramref name="id"/> on <paramref name="host"/> (the first institution gets
    /// <paramref name="firstHost"/> unless it has one), then, acting for it through <paramref name="actAs"/>, its profile
    /// and the region's dictionaries. Returns still acting for the new institution.
    /// </summary>
    public static async Task AddAsync(PortalFactory factory, Action<int> actAs, int id, string slug, string host, string firstHost, InstitutionProfile profile)
    {
        actAs(CurrentInstitution.Default);
        await using (var scope = factory.Scope(out var db))
        {
            if (!await db.InstitutionHosts.AnyAsync(h => h.Name == firstHost))
            {
                db.InstitutionHosts.Add(new InstitutionHost { InstitutionId = CurrentInstitution.Default, Name = firstHost });
            }

            db.InstitutionRegistry.Add(new Institution { Id = id, Slug = slug });
            db.InstitutionHosts.Add(new InstitutionHost { InstitutionId = id, Name = host });
            await db.SaveChangesAsync();
        }

        factory.Services.GetRequiredService<InstitutionDirectory>().Forget();
        actAs(id);
        await using (var scope = factory.Scope(out var db))
        {
            db.Institutions.Add(profile);
            db.Services.AddRange(ServiceCatalog.Seed());
            db.ProhibitedServices.AddRange(ProhibitedCatalog.Seed());
            await db.SaveChangesAsync();
        }
    }
}
