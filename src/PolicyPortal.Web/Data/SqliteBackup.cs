using Microsoft.Data.Sqlite;

namespace PolicyPortal.Web.Data;

/// <summary>
/// Copies a live SQLite database through SQLite's online backup API. A plain file copy of a database in WAL mode
/// loses committed rows that are still in the -wal file; the backup API does not.
/// </summary>
public static class SqliteBackup
{
    public static void Run(string connectionString, string targetFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetFile))!);
        if (File.Exists(targetFile))
        {
            throw new IOException($"Файл {targetFile} уже существует.");
        }

        using var source = new SqliteConnection(connectionString);
        source.Open();
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = targetFile, Pooling = false }.ToString());
        target.Open();
        source.BackupDatabase(target);
    }

    public static string DatabaseFile(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;
}
