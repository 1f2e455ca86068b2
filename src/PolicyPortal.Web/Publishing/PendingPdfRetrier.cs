using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting.Cluster;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Publishing;

/// <summary>Every minute, renders the PDFs still pending, and those of any published document that has none yet.
/// With several servers, one of them does it at a time (the others skip the tick while it holds the lock).</summary>
public sealed class PendingPdfRetrier(
    IServiceScopeFactory scopes, BackgroundWorkLock workLock, IOptions<PdfOptions> options, TimeProvider time, ILogger<PendingPdfRetrier> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetryInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var held = await workLock.TryAcquireAsync("pending-pdfs", stoppingToken);
                if (held is null)
                {
                    continue;
                }

                await EachInstitution.RunAsync(scopes, services => RetryAsync(services, stoppingToken), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Retrying pending PDFs failed.");
            }
        }
    }

    public static async Task RetryAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var waiting = await db.Documents
            .Where(d => d.Status != DocumentStatus.Draft)
            .Where(d => db.PublishedFiles.Any(f => f.DocumentId == d.Id && f.Status == PublishedFileStatus.Pending)
                || !db.PublishedFiles.Any(f => f.DocumentId == d.Id))
            .Select(d => d.Id)
            .ToListAsync(ct);
        var pdfs = services.GetRequiredService<PublicationPdfs>();
        foreach (var id in waiting)
        {
            await pdfs.RenderAsync(id, ct);
        }
    }
}
