using System.Data.Common;

namespace PolicyPortal.Web.Institutions;

/// <summary>
/// Sets the request's institution from its host name before anything reads the database. A host that belongs to no
/// institution of a many-institution installation is «not found», and reads nothing.
/// </summary>
public sealed class InstitutionResolution(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, InstitutionDirectory directory, CurrentInstitution current)
    {
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
