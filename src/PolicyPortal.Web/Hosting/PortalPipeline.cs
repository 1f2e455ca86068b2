using Microsoft.Extensions.Options;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Printing;
using PolicyPortal.Web.Public;
using PolicyPortal.Web.Setup;
using PolicyPortal.Web.Word;
using Serilog;

namespace PolicyPortal.Web.Hosting;

public static class PortalPipeline
{
    public static WebApplication UsePortal(this WebApplication app)
    {
        // X-Forwarded-For is believed only from the proxies listed in ForwardedHeaders:KnownProxies (appsettings.json: loopback).
        app.UseForwardedHeaders();
        // Users never see a stack trace, in any environment; the log has it.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSerilogRequestLogging();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseMiddleware<PlainHttpNotice>();
        app.UseMiddleware<InstitutionResolution>();
        app.UseMiddleware<SetupGateMiddleware>();
        app.UseRouting();
        // An address the portal does not have is «not found» for everyone (the Russian 404 page), not a sign-in
        // prompt from the deny-by-default fallback policy.
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is not null)
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        // After routing: the limit is the endpoint's own [RequestSizeLimit], whatever the address's spelling.
        app.UseMiddleware<UploadLimitMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(DatabaseTicketStore.RaiseDatabaseFailure);
        app.UseMiddleware<TwoFactorEnrolmentGate>();
        app.UseMiddleware<TemporaryPasswordGate>();
        app.UseAuthorization();
        if (app.Services.GetRequiredService<IOptions<PublicPagesOptions>>().Value.OutputCache)
        {
            // After authentication: the default policy caches anonymous requests only.
            app.UseOutputCache();
        }

        app.MapGet("/health", async (AppDbContext db, CancellationToken ct) =>
                await db.Database.CanConnectAsync(ct) ? Results.Text("ok") : Results.Text("database unavailable", statusCode: 503))
            .AllowAnonymous();
        app.MapDocumentPdfs();
        app.MapDocumentDocx();
        app.MapPublicFeeds();
        app.MapSearchEngineFiles();
        app.MapRazorPages();
        app.AnnounceWhenReady();
        return app;
    }

    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }
}
