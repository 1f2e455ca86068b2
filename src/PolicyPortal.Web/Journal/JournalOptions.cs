namespace PolicyPortal.Web.Journal;

/// <summary>
/// Configuration section «Journal». <see cref="KeyFile"/> empty (the default): <c>keys/journal.key</c> in the data folder —
/// beside the DataProtection keys with SQLite; with PostgreSQL or SQL Server in the data folder too (never in the
/// database), which every server of a cluster mounts.
/// </summary>
public sealed class JournalOptions
{
    public const string Section = "Journal";

    public string KeyFile { get; set; } = "";
}
