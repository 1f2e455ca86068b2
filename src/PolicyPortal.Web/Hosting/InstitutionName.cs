using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Hosting;

/// <summary>The short name shown in the header, read once per request.</summary>
public sealed class InstitutionName(AppDbContext db)
{
    private string? name;

    public async Task<string> GetAsync()
    {
        try
        {
            return name ??= await db.Institutions.AsNoTracking().OrderBy(i => i.Id).Select(i => i.ShortName).FirstOrDefaultAsync() is { Length: > 0 } shortName
                ? shortName
                : "PolicyPortal";
        }
        catch (Exception e) when (e is DbException || e.InnerException is DbException)
        {
            // (Npgsql's execution strategy wraps a refused connection in an InvalidOperationException.)
            // The error page must still render when the database is down.
            return "PolicyPortal";
        }
    }
}
