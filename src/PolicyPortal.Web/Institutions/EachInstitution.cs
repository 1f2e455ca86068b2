using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Institutions;

/// <summary>Background work runs for every institution in turn, each in its own scope with its institution set.</summary>
public static class EachInstitution
{
    public static async Task RunAsync(IServiceScopeFactory scopes, Func<IServiceProvider, Task> work, CancellationToken ct)
    {
        List<int> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            ids = await db.InstitutionRegistry.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
        }

        foreach (var id in ids.DefaultIfEmpty(CurrentInstitution.Default))
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentInstitution>().Set(id);
            await work(scope.ServiceProvider);
        }
    }
}
