namespace PolicyPortal.Web.Data;

/// <summary>
/// The data folder (<c>Database:DataFolder</c>, by default <c>data/</c> under the content root) as a full path,
/// resolved once at startup: SQLite database, DataProtection keys, backups and paper scans live in it.
/// </summary>
public sealed class DataFolderOptions
{
    public string Path { get; set; } = "";

    public string Sub(string name) => System.IO.Path.Combine(Path, name);
}
