using System.Data.Common;
using System.Runtime.ExceptionServices;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Accounts;

/// <summary>
/// Server-side sessions for the auth cookie (the <c>AuthSessions</c> table): the cookie holds only a random key,
/// so a session ends for real when its row is deleted — at sign-out, when the user is disabled or changes the password.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock, ILogger<DatabaseTicketStore> logger) : ITicketStore
{
    /// <summary>Where the current request's session key is kept, so "end my other sessions" can spare this one.</summary>
    private const string CurrentKeyItem = "PolicyPortal.SessionKey";
    private const string DatabaseFailureItem = "PolicyPortal.SessionStoreFailure";

    private readonly IDataProtector protector = protection.CreateProtector("PolicyPortal.AuthSessions.v1");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.AuthSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync();
        db.AuthSessions.Add(new AuthSession(key, UserId(ticket), Protect(ticket), ExpiresAt(ticket, now), now));
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var session = await db.AuthSessions.FindAsync(key);
            if (session is null)
            {
                return; // ended meanwhile: never bring it back
            }

            var now = clock.GetUtcNow();
            session.Renew(Protect(ticket), ExpiresAt(ticket, now), now);
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            // A read-only or failing database must not turn every page view into an error; the session just does not slide.
            logger.LogWarning(e, "Could not renew session {Session}", key[..8]);
        }
    }

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var key = await StoreAsync(ticket);
        httpContext.Items[CurrentKeyItem] = key;
        return key;
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        httpContext.Items[CurrentKeyItem] = key;
        try
        {
            return await RetrieveAsync(key);
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            // Authentication caches its result for the whole request, error page included: a throw here would
            // also break the error page. Keep the failure and raise it after authentication (RaiseDatabaseFailure).
            httpContext.Items[DatabaseFailureItem] = ExceptionDispatchInfo.Capture(e);
            return null;
        }
    }

    /// <summary>Middleware step after authentication: a database that failed while reading the session fails the request
    /// (the 503 page); the error page itself then renders for an anonymous visitor.</summary>
    public static Task RaiseDatabaseFailure(HttpContext context, RequestDelegate next)
    {
        if (context.Items.Remove(DatabaseFailureItem, out var failure) && failure is ExceptionDispatchInfo error
            && context.Features.Get<IExceptionHandlerFeature>() is null)
        {
            error.Throw();
        }

        return next(context);
    }

    private static bool IsDatabaseFailure(Exception? e) => e is not null && (e is DbException || IsDatabaseFailure(e.InnerException));

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = await db.AuthSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key);
        if (session is null || session.ExpiresAt <= clock.GetUtcNow())
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(protector.Unprotect(session.Ticket));
        }
        catch (CryptographicException)
        {
            return null; // the keys changed: the session cannot be read, so it is over
        }
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.AuthSessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    /// <summary>Ends every session of a user at once, except the one of <paramref name="keepCurrentOf"/> (when the user acts on their own account).</summary>
    public static Task<int> EndSessionsAsync(AppDbContext db, string userId, HttpContext? keepCurrentOf = null)
    {
        var keepKey = keepCurrentOf?.Items[CurrentKeyItem] as string ?? "";
        return db.AuthSessions.Where(s => s.UserId == userId && s.Key != keepKey).ExecuteDeleteAsync();
    }

    private byte[] Protect(AuthenticationTicket ticket) => protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static string UserId(AuthenticationTicket ticket) => ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private static DateTimeOffset ExpiresAt(AuthenticationTicket ticket, DateTimeOffset now) =>
        ticket.Properties.ExpiresUtc ?? now.Add(SessionLifetime.Idle);
}
