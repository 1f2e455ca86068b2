using System.Data.Common;

namespace PolicyPortal.Web.Institutions;

/// <summary>
/// Sets the request's institution from its host name before anything reads the database. A host that belongs to no
/// institution of a many-institution installation is «not found», and reads nothing; only the node's health answers on any host.
/// </summary>
public sealed class InstitutionResolution(RequestDelegate next)
{
    public const string HealthPath = "/health";

    public async Task InvokeAsync(HttpContext context, InstitutionDirectory directory, CurrentInstitution current)
    {
        if (context.Request.Path.StartsWithSegments(HealthPath, StringComparison.OrdinalIgnoreCase))
        {
            // Balancers and monitors probe a node by its address, which names no institution; the probe reads no institution's data.
            await next(context);
            return;
        }

        int? id;
        try
        {
            id = await directory.FindAsync(context.Request.Host.Host, context.RequestAborted);
        }
        catch (DbException)
        {
            // The database is down: the page itself will fail and show the 503 page; nothing can be read anyway.
            await next(context);
            return;
        }

        if (id is null)
        {
            current.SetNone();
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        current.Set(id.Value);
        await next(context);
    }
}
