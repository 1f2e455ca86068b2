using Microsoft.Extensions.Options;
using PolicyPortal.Web.Data;
using StackExchange.Redis;

namespace PolicyPortal.Web.Hosting.Cluster;

/// <summary>
/// Configuration section «Cluster». Empty (the default): one server, the output cache in its memory, as a single
/// college runs the portal. With <see cref="Redis"/> set, several servers share one PostgreSQL database, the output
/// cache lives in Redis and <c>Database:DataFolder</c> (paper scans) is a folder every server mounts.
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>10.0.0.5:6379,password=…</c>.</summary>
    public string Redis { get; set; } = "";

    public bool Enabled => Redis.Length > 0;
}

/// <summary>Refuses to start a cluster node that would keep state of its own.</summary>
public sealed class ClusterOptionsValidator(IConfiguration configuration) : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        try
        {
            ConfigurationOptions.Parse(options.Redis);
        }
        catch (ArgumentException e)
        {
            failures.Add($"Cluster:Redis is not a Redis configuration string: {e.Message}");
        }

        if (DatabaseRegistration.Provider(configuration) != DatabaseProvider.PostgreSql)
        {
            failures.Add("Cluster:Redis needs Database:Provider=PostgreSql: the servers share one PostgreSQL database (and its advisory locks).");
        }

        if (string.IsNullOrWhiteSpace(configuration["Database:DataFolder"]))
        {
            failures.Add("Cluster:Redis needs Database:DataFolder set to a folder every server mounts (paper scans are stored there).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
