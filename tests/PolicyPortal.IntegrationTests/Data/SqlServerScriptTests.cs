using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Data;

/// <summary>SQL Server cannot run on these machines; its migration set must still produce a script.</summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void SqlServer_migrations_generate_an_idempotent_script()
    {
        using var db = new SqlServerDesignFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Documents]", script);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script);
        Assert.Contains("CREATE TRIGGER [Acknowledgements_no_change] ON [Acknowledgements] AFTER UPDATE, DELETE", script);
        Assert.Contains("CREATE TRIGGER [AuditLog_no_change] ON [AuditLog] AFTER UPDATE, DELETE", script);
    }

    [Fact]
    public void Each_provider_has_a_migration_set_matching_its_model()
    {
        using var sqlite = new SqliteDesignFactory().CreateDbContext([]);
        using var postgres = new PostgreSqlDesignFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignFactory().CreateDbContext([]);
        foreach (DbContext db in new DbContext[] { sqlite, postgres, sqlServer })
        {
            Assert.NotEmpty(db.Database.GetMigrations());
            Assert.False(db.Database.HasPendingModelChanges(), $"{db.GetType().Name}: the model changed without a migration (scripts/add-migration.sh).");
        }
    }
}
