using Medallion.Threading;
using Medallion.Threading.Postgres;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using PolicyPortal.Web.Acknowledgements;
using PolicyPortal.Web.Data;
using StackExchange.Redis;

namespace PolicyPortal.Web.Hosting.Cluster;

/// <summary>
/// What several servers share, registered after the rest of the portal. DataProtection keys are already in the
/// database on PostgreSQL and published PDFs are rows of it; scans live in Database:DataFolder (a shared mount);
/// the output cache, the answers of submitted forms and printed acknowledgement sheets live in Redis.
/// </summary>
public static class ClusterServices
{
    public static IServiceCollection AddPortalCluster(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>();

        if (DatabaseRegistration.Provider(configuration) == DatabaseProvider.PostgreSql)
        {
            // The locks live in the maintenance database: the portal's own may not exist yet when the migration
            // lock is taken. Advisory locks are per database, so the key names the portal's database.
            var portal = new NpgsqlConnectionStringBuilder(DatabaseRegistration.ConnectionString(configuration, contentRoot));
            var database = portal.Database ?? "";
            var maintenance = new NpgsqlConnectionStringBuilder(portal.ConnectionString) { Database = "postgres" };
            services.AddSingleton<IDistributedLockProvider>(new PostgresDistributedSynchronizationProvider(maintenance.ConnectionString));
            services.AddSingleton(sp => new BackgroundWorkLock(sp.GetService<IDistributedLockProvider>(), database));
        }
        else
        {
            services.AddSingleton(new BackgroundWorkLock(null, ""));
        }

        var redis = configuration[$"{ClusterOptions.Section}:{nameof(ClusterOptions.Redis)}"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(RedisConfiguration(redis)));
            services.AddSingleton<ClusterEvictions>();
            services.AddHostedService(sp => sp.GetRequiredService<ClusterEvictions>());
            // What a server would otherwise keep for itself: double-submitted forms and printed sheets.
            services.Replace(ServiceDescriptor.Singleton<IFormAnswers, RedisFormAnswers>());
            services.Replace(ServiceDescriptor.Singleton<ISheetStore, RedisSheetStore>());
            services.AddStackExchangeRedisOutputCache(o => o.InstanceName = "policyportal:");
            services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((o, sp) =>
                o.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()));

            // The Redis store is internal to its package: wrap whatever it registered.
            var redisStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.RemoveAll<IOutputCacheStore>();
            services.AddSingleton<IOutputCacheStore>(sp =>
            {
                var inner = redisStore.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, redisStore.ImplementationType!);
                var store = new ResilientOutputCacheStore(
                    (IOutputCacheStore)inner, sp.GetRequiredService<ILogger<ResilientOutputCacheStore>>(), sp.GetRequiredService<ClusterEvictions>().AnnounceAsync);
                // Evictions missed while Redis was down are repeated as soon as it is back, not only at the next request.
                sp.GetRequiredService<IConnectionMultiplexer>().ConnectionRestored += (_, _) => _ = store.FlushEvictionsAsync(CancellationToken.None).AsTask();
                return store;
            });
        }

        return services;
    }

    /// <summary>
    /// Never wait for Redis: start without it, fail a command at once while it is down (no backlog), reconnect in the
    /// background. The cache is an optimisation, so its outage costs speed, not answers.
    /// </summary>
    public static ConfigurationOptions RedisConfiguration(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 2000;
        options.AsyncTimeout = 2000;
        options.ConnectRetry = 1;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        return options;
    }
}
