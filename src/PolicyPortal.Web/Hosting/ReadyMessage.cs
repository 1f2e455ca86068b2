using Microsoft.Extensions.Options;
using PolicyPortal.Web.Setup;

namespace PolicyPortal.Web.Hosting;

/// <summary>Tells whoever started the portal where to go once it answers: the first-run wizard, or the portal itself.</summary>
public static class ReadyMessage
{
    public static void AnnounceWhenReady(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() => _ = AnnounceAsync(app));

    private static async Task AnnounceAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PolicyPortal");
        try
        {
            var address = app.Urls.FirstOrDefault() ?? app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrl;
            if (await app.Services.GetRequiredService<SetupState>().IsDoneAsync(Institutions.CurrentInstitution.Default, app.Lifetime.ApplicationStopping))
            {
                logger.LogInformation("Портал готов. Откройте {Address}", address);
            }
            else
            {
                logger.LogInformation("Откройте {Address} — мастер первого запуска", address);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database may be down; the pages say so with the 503 page, and this line is only a courtesy.
            logger.LogWarning(e, "Портал запущен, но база данных не ответила.");
        }
        catch (OperationCanceledException)
        {
            // Stopped before it was ready.
        }
    }
}
