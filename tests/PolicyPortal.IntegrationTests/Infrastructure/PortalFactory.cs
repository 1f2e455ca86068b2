using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Infrastructure;

/// <summary>The real portal over a real database of its own (SQLite file or PostgreSQL database).</summary>
public class PortalFactory(DatabaseProvider provider = DatabaseProvider.Sqlite) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = TestDatabase.Create(provider);

    /// <summary>Extra configuration («Site:EmbedOrigins:0» → origin), applied before the host starts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:DataFolder", Database.Folder);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString ?? "");
        builder.UseSetting("Logging:Folder", Path.Combine(Database.Folder, "logs"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public virtual FormClient CreateFormClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A context on the same database, for arranging and asserting.</summary>
    public AsyncServiceScope Scope(out AppDbContext db)
    {
        var scope = Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            Database.Dispose();
        }
    }
}
