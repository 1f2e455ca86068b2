using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>Picks the provider from configuration: <c>Database:Provider</c> and <c>Database:ConnectionString</c>.</summary>
public static class DatabaseRegistration
{
    public static DatabaseProvider Provider(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    /// <summary>
    /// With SQLite and no connection string, the file lives in <c>data/</c> under the content root
    /// (or <c>Database:DataFolder</c>), so two copies of the app in two folders never share data.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Database:ConnectionString"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (Provider(configuration) != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("Database:ConnectionString is required for PostgreSql and SqlServer.");
        }

        var folder = DataFolder(configuration, contentRoot);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "policyportal.db") }.ToString();
    }

    public static string DataFolder(IConfiguration configuration, string contentRoot) =>
        Path.GetFullPath(configuration["Database:DataFolder"] is { Length: > 0 } folder ? folder : Path.Combine(contentRoot, "data"), contentRoot);

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var dataFolder = DataFolder(configuration, contentRoot);
        services.AddOptions<DataFolderOptions>().Configure(o => o.Path = dataFolder);
        var connectionString = ConnectionString(configuration, contentRoot);
        switch (Provider(configuration))
        {
            case DatabaseProvider.PostgreSql:
                services.AddInstitutionContext<PostgreSqlAppDbContext>(o => o.UseNpgsql(connectionString));
                break;
            case DatabaseProvider.SqlServer:
                services.AddInstitutionContext<SqlServerAppDbContext>(o => o.UseSqlServer(connectionString));
                break;
            default:
                services.AddInstitutionContext<SqliteAppDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(SqliteBusyTimeout.Instance));
                break;
        }

        return services;
    }

    /// <summary>
    /// Pooled contexts (as before), each handed to its scope with the scope's <see cref="CurrentInstitution"/>: a pooled
    /// context cannot take scoped services in its constructor (EF Core, «DbContext pooling — managing state»).
    /// </summary>
    private static void AddInstitutionContext<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : AppDbContext
    {
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddSingleton<CommandInstitution>();
        services.AddScoped(provider => new CurrentInstitution(provider.GetRequiredService<CommandInstitution>().Id));
        services.AddScoped<AppDbContext>(provider =>
        {
            var context = provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.Institution = provider.GetRequiredService<CurrentInstitution>();
            return context;
        });
    }
}
