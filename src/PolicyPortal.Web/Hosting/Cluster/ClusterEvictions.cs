using Microsoft.AspNetCore.OutputCaching;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Public;
using StackExchange.Redis;

namespace PolicyPortal.Web.Hosting.Cluster;

/// <summary>
/// A server that evicts the public pages (a publication, a profile or services change) tells the others over Redis
/// pub/sub. They forget what they keep in memory for a minute (the institution's name, the parents' contacts) and then
/// evict again, so a page another server rendered from its old memory in between does not stay in the shared cache.
/// </summary>
public sealed class ClusterEvictions(IConnectionMultiplexer redis, IServiceProvider services, ILogger<ClusterEvictions> logger) : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("policyportal:evicted");
    private readonly string node = Guid.NewGuid().ToString("N");

    public async Task AnnounceAsync(string tag)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, $"{node} {tag}");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not tell the other servers that {Tag} was evicted.", tag);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            Action<RedisChannel, RedisValue> handler = (channel, message) => _ = OnEvictedAsync(message.ToString());
            await redis.GetSubscriber().SubscribeAsync(Channel, handler);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not subscribe to evictions by the other servers.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task OnEvictedAsync(string message)
    {
        var parts = message.Split(' ', 2);
        if (parts.Length != 2 || parts[0] == node)
        {
            return;
        }

        try
        {
            await using (var scope = services.CreateAsyncScope())
            {
                // What it keeps in memory is kept per institution: forget the evicted institution's.
                if (PublicPages.InstitutionOf(parts[1]) is { } institution)
                {
                    scope.ServiceProvider.GetRequiredService<CurrentInstitution>().Set(institution);
                }

                scope.ServiceProvider.GetRequiredService<InstitutionInfo>().Forget();
                scope.ServiceProvider.GetRequiredService<ParentContactsSource>().Forget();
            }

            if (services.GetRequiredService<IOutputCacheStore>() is ResilientOutputCacheStore store)
            {
                await store.EvictWithoutAnnouncingAsync(parts[1]);
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Handling an eviction by another server failed.");
        }
    }
}
