using Npgsql;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Infrastructure;

/// <summary>A fresh database for one factory: a SQLite file in a temp folder, or a new database on the test PostgreSQL server.</summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(DatabaseProvider provider, string folder, string? connectionString)
    {
        Provider = provider;
        Folder = folder;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The data folder (SQLite file, keys, uploads). Exists for both providers.</summary>
    public string Folder { get; }

    /// <summary>Null for SQLite: the portal then makes its file in <see cref="Folder"/>.</summary>
    public string? ConnectionString { get; }

    public static TestDatabase Create(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("policyportal-test-").FullName;
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(provider, folder, null);
        }

        var server = Environment.GetEnvironmentVariable("PP_TEST_POSTGRES")
            ?? throw new InvalidOperationException("PP_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a PostgreSQL server.");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"pp_{Guid.NewGuid():N}" };
        return new TestDatabase(provider, folder, builder.ConnectionString);
    }

    public void Dispose()
    {
        if (ConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            var name = builder.Database;
            builder.Database = "postgres";
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a pooled connection; the temp folder is cleaned by the OS.
        }
    }
}
