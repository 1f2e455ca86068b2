using Microsoft.EntityFrameworkCore.Migrations;

namespace PolicyPortal.Web.Data;

/// <summary>
/// Triggers that refuse UPDATE and DELETE on the tables that only ever grow: a row of the acknowledgement chain or of
/// the audit log, once written, is evidence. Nothing in the portal changes or removes these rows (a draft's deletion
/// adds an audit row, a paper acknowledgement is a new row), so the database itself can refuse it.
/// </summary>
public static class AppendOnlyTriggers
{
    public static readonly IReadOnlyList<string> Tables = ["Acknowledgements", "AuditLog"];

    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";
    public const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
    public const string SqlServerProvider = "Microsoft.EntityFrameworkCore.SqlServer";

    private const string PostgreSqlFunction = "pp_refuse_append_only_change";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var sql in CreateSql(migrationBuilder.ActiveProvider!))
        {
            migrationBuilder.Sql(sql);
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var sql in DropSql(migrationBuilder.ActiveProvider!))
        {
            migrationBuilder.Sql(sql);
        }
    }

    public static IEnumerable<string> CreateSql(string provider) => provider switch
    {
        SqliteProvider => Tables.SelectMany(table => new[]
        {
            $"CREATE TRIGGER \"{table}_no_update\" BEFORE UPDATE ON \"{table}\" BEGIN SELECT RAISE(ABORT, 'append-only table {table}: UPDATE refused'); END;",
            $"CREATE TRIGGER \"{table}_no_delete\" BEFORE DELETE ON \"{table}\" BEGIN SELECT RAISE(ABORT, 'append-only table {table}: DELETE refused'); END;",
        }),
        PostgreSqlProvider => new[]
        {
            $"CREATE FUNCTION {PostgreSqlFunction}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'append-only table %: % refused', TG_TABLE_NAME, TG_OP; END $$;",
        }.Concat(Tables.SelectMany(table => new[]
        {
            $"CREATE TRIGGER \"{table}_no_change\" BEFORE UPDATE OR DELETE ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION {PostgreSqlFunction}();",
            $"CREATE TRIGGER \"{table}_no_truncate\" BEFORE TRUNCATE ON \"{table}\" FOR EACH STATEMENT EXECUTE FUNCTION {PostgreSqlFunction}();",
        })),
        // EXEC: CREATE TRIGGER must start its batch, and an idempotent script wraps each statement in IF ... BEGIN.
        SqlServerProvider => Tables.Select(table =>
            $"EXEC(N'CREATE TRIGGER [{table}_no_change] ON [{table}] AFTER UPDATE, DELETE AS BEGIN SET NOCOUNT ON; THROW 51000, ''append-only table {table}: UPDATE and DELETE refused'', 1; END');"),
        _ => throw new NotSupportedException(provider),
    };

    public static IEnumerable<string> DropSql(string provider) => provider switch
    {
        SqliteProvider => Tables.SelectMany(table => new[]
        {
            $"DROP TRIGGER IF EXISTS \"{table}_no_update\";",
            $"DROP TRIGGER IF EXISTS \"{table}_no_delete\";",
        }),
        PostgreSqlProvider => Tables.SelectMany(table => new[]
        {
            $"DROP TRIGGER IF EXISTS \"{table}_no_change\" ON \"{table}\";",
            $"DROP TRIGGER IF EXISTS \"{table}_no_truncate\" ON \"{table}\";",
        }).Append($"DROP FUNCTION IF EXISTS {PostgreSqlFunction}();"),
        SqlServerProvider => Tables.Select(table => $"DROP TRIGGER IF EXISTS [{table}_no_change];"),
        _ => throw new NotSupportedException(provider),
    };
}
