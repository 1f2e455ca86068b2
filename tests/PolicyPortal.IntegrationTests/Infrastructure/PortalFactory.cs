using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The real portal over a real database of its own (SQLite file or PostgreSQL database).
/// Clients talk to it as https://localhost, because the portal's cookies are Secure (__Host-) and a client
/// does not send them over plain HTTP.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public static readonly Uri BaseAddress = new("https://localhost");

    static PortalFactory()
    {
        // Hundreds of hosts start in one test run. Each would watch appsettings.json and wwwroot with inotify and the
        // machine allows 128 inotify instances per user: no config reload, and polling for the static-file watcher.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private readonly bool ownsDatabase;
    private readonly Dictionary<string, string> settings = [];
    private readonly List<Action<IServiceCollection>> serviceChanges = [];

    public PortalFactory(DatabaseProvider provider = DatabaseProvider.Sqlite)
        : this(TestDatabase.Create(provider), ownsDatabase: true)
    {
    }

    /// <summary>A portal over an existing database and data folder (a restart); the database outlives this factory.</summary>
    public PortalFactory(TestDatabase database, bool ownsDatabase = false)
    {
        Database = database;
        this.ownsDatabase = ownsDatabase;
        ClientOptions.BaseAddress = BaseAddress;
    }

    public TestDatabase Database { get; }

    /// <summary>Overrides a configuration value; call before the first request.</summary>
    public PortalFactory WithSetting(string key, string value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Replaces services (a clock, an interceptor); call before the first request.</summary>
    public PortalFactory WithServices(Action<IServiceCollection> change)
    {
        serviceChanges.Add(change);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:DataFolder", Database.Folder);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString ?? "");
        builder.UseSetting("Logging:Folder", LogFolder);
        // Many sign-ins from one test address; SignInRateLimitTests sets a low limit of its own.
        builder.UseSetting("Security:SignInPostsPerMinute", "1000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => serviceChanges.ForEach(change => change(services)));
    }

    public string LogFolder => Path.Combine(Database.Folder, "logs");

    /// <summary>A client that keeps cookies (in <see cref="FormClient.Cookies"/>) and does not follow redirects.</summary>
    public virtual FormClient CreateFormClient()
    {
        var cookies = new CookieContainer();
        return new FormClient(CreateDefaultClient(BaseAddress, new CookieContainerHandler(cookies)), cookies);
    }

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
            if (ownsDatabase)
            {
                Database.Dispose();
            }
        }
    }
}
