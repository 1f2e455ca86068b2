using Microsoft.Extensions.Configuration;
using PolicyPortal.Web.Hosting.Cluster;

namespace PolicyPortal.IntegrationTests.Cluster;

/// <summary>A node with Cluster:Redis refuses to start when it would keep state of its own.</summary>
public sealed class ClusterOptionsTests
{
    [Fact]
    public void Without_Redis_a_single_server_needs_nothing_more()
    {
        Assert.True(Validate(new() { ["Database:Provider"] = "Sqlite" }, "").Succeeded);
    }

    [Fact]
    public void With_Redis_the_database_must_be_PostgreSql_and_the_data_folder_shared()
    {
        var result = Validate(new() { ["Database:Provider"] = "Sqlite" }, "127.0.0.1:6379");
        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Database:Provider=PostgreSql", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Database:DataFolder", StringComparison.Ordinal));
    }

    [Fact]
    public void With_Redis_PostgreSql_and_a_shared_folder_a_node_starts()
    {
        Assert.True(Validate(new() { ["Database:Provider"] = "PostgreSql", ["Database:DataFolder"] = "/mnt/policyportal" }, "127.0.0.1:6379,password=x").Succeeded);
    }

    [Fact]
    public void A_malformed_Redis_setting_is_named()
    {
        var result = Validate(new() { ["Database:Provider"] = "PostgreSql", ["Database:DataFolder"] = "/mnt/policyportal" }, "127.0.0.1:6379,nosuchoption=1");
        Assert.Contains(result.Failures!, f => f.StartsWith("Cluster:Redis is not a Redis configuration string", StringComparison.Ordinal));
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(Dictionary<string, string?> settings, string redis) =>
        new ClusterOptionsValidator(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).Validate(null, new ClusterOptions { Redis = redis });
}
