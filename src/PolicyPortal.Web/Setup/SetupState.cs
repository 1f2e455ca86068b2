using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.Web.Setup;

/// <summary>
/// Knows whether an institution's first-run setup has been done: some user of that institution exists. Once true, stays
/// true. Each institution has its own: one added by <c>institution add</c> gets its first administrator through /setup
/// on its own host, and setup never adds an administrator beside accounts an institution already has.
/// </summary>
public sealed class SetupState(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<int, bool> done = new();

    /// <summary>Serialises setup submissions on this server (another server waits on the named lock as well).</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public async Task<bool> IsDoneAsync(int institutionId, CancellationToken cancellationToken = default)
    {
        if (done.ContainsKey(institutionId))
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentInstitution>().Set(institutionId);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.Users.AnyAsync(cancellationToken))
        {
            return false;
        }

        MarkDone(institutionId);
        return true;
    }

    public void MarkDone(int institutionId) => done[institutionId] = true;
}

/// <summary>While the request's institution has no user, every page leads to /setup.</summary>
public sealed class SetupGateMiddleware(RequestDelegate next, SetupState state)
{
    private static readonly string[] AlwaysOpen = ["/setup", "/css/", "/js/", "/health", "/favicon", "/error"];

    public async Task InvokeAsync(HttpContext context, CurrentInstitution institution)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!AlwaysOpen.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)) && !await state.IsDoneAsync(institution.Id, context.RequestAborted))
        {
            context.Response.Redirect("/setup");
            return;
        }

        await next(context);
    }
}
