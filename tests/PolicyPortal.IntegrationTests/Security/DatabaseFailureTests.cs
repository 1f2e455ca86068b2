using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>A database that refuses writes or connections gives the Russian 503 page, and nothing is half written.</summary>
public sealed class DatabaseFailureTests
{
    [Fact]
    public async Task A_read_only_sqlite_database_answers_503_to_a_write_and_keeps_the_data()
    {
        using var portal = new PortalFactory();
        var adminCookie = CookieReplay.AuthCookieOf(await TestAccounts.SetUpAsync(portal));
        var file = Path.Combine(portal.Database.Folder, "policyportal.db");
        using var readOnly = new PortalFactory(portal.Database)
            .WithSetting("Database:ConnectionString", new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString());

        using var admin = CookieReplay.ClientWith(readOnly, adminCookie);
        var (read, _) = await admin.GetAsync("/admin/profile");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode); // reading still works

        var (write, page) = await admin.SubmitAsync("/admin/profile", new Dictionary<string, string> { ["Input.City"] = "Тамбов" });
        AssertUnavailablePage(write, page);
        Assert.Equal("Уварово", await CityAsync(readOnly));
    }

    [Fact]
    public async Task A_read_only_postgresql_database_answers_503_to_a_write_and_keeps_the_data()
    {
        using var portal = new PortalFactory(DatabaseProvider.PostgreSql);
        using var admin = await TestAccounts.SetUpAsync(portal);
        await AlterDatabaseAsync(portal, "SET default_transaction_read_only = on");

        var (write, page) = await admin.SubmitAsync("/admin/profile", new Dictionary<string, string> { ["Input.City"] = "Тамбов" });
        AssertUnavailablePage(write, page);

        await AlterDatabaseAsync(portal, "SET default_transaction_read_only = off");
        Assert.Equal("Уварово", await CityAsync(portal));
    }

    [Fact]
    public async Task A_postgresql_database_that_refuses_connections_answers_503()
    {
        using var portal = new PortalFactory(DatabaseProvider.PostgreSql);
        using var admin = await TestAccounts.SetUpAsync(portal);
        await AlterDatabaseAsync(portal, "WITH ALLOW_CONNECTIONS false");
        try
        {
            var (response, page) = await admin.GetAsync("/dashboard");
            AssertUnavailablePage(response, page);
            var (health, _) = await admin.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }
        finally
        {
            await AlterDatabaseAsync(portal, "WITH ALLOW_CONNECTIONS true");
        }
    }

    private static void AssertUnavailablePage(HttpResponseMessage response, AngleSharp.Html.Dom.IHtmlDocument page)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Сервис временно недоступен", page.Body!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<string> CityAsync(PortalFactory factory)
    {
        await using var scope = factory.Scope(out var db);
        return await db.Institutions.Select(i => i.City).SingleAsync();
    }

    /// <summary>ALTER DATABASE from the server's maintenance database, then drop every open connection so the change applies now.</summary>
    private static async Task AlterDatabaseAsync(PortalFactory factory, string change)
    {
        var target = new NpgsqlConnectionStringBuilder(factory.Database.ConnectionString);
        var admin = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using (var alter = new NpgsqlCommand($"ALTER DATABASE \"{target.Database}\" {change}", connection))
        {
            await alter.ExecuteNonQueryAsync();
        }

        await using (var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection))
        {
            terminate.Parameters.AddWithValue("name", target.Database!);
            await terminate.ExecuteNonQueryAsync();
        }

        NpgsqlConnection.ClearAllPools();
    }
}
