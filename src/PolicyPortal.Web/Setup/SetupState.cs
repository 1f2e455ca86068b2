using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Setup;

/// <summary>Knows whether the first-run setup has been done (some user exists). Once true, stays true.</summary>
public sealed class SetupState(IServiceScopeFactory scopes)
{
    private volatile bool done;

    /// <summary>Serialises setup submissions so two browsers cannot both create a first administrator.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public async Task<bool> IsDoneAsync(CancellationToken cancellationToken = default)
    {
        if (done)
        {
            return true;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Any user of any institution: institutions added later get their administrator by create-admin --institution.
        done = await db.Users.IgnoreQueryFilters().AnyAsync(cancellationToken);
        return done;
    }

    public void MarkDone() => done = true;
}

/// <summary>While no user exists, every page leads to /setup.</summary>
public sealed class SetupGateMiddleware(RequestDelegate next, SetupState state)
{
    private static readonly string[] AlwaysOpen = ["/setup", "/css/", "/js/", "/health", "/favicon", "/error"];

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!AlwaysOpen.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)) && !await state.IsDoneAsync(context.RequestAborted))
        {
            context.Response.Redirect("/setup");
            return;
        }

        await next(context);
    }
}
