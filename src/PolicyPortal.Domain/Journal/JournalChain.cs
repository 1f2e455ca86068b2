using PolicyPortal.Domain.Acknowledgements;

namespace PolicyPortal.Domain.Journal;

/// <summary>A row of an append-only table that is a link of a chain: it holds the link before it and its own.</summary>
public interface IJournalLink
{
    long Id { get; }
    string PreviousHash { get; }
    string Hash { get; }

    /// <summary>The row's fields, one a line in a fixed order and format; the version and the previous link go around them.</summary>
    IEnumerable<string> LinkFields();
}

/// <summary>
/// Rows written before the journal key existed: their number and the link of the last of them, recorded in the key
/// file when the key was made. Those rows are checked by plain SHA-256 and against this record; later ones by the key.
/// </summary>
public sealed record JournalBoundary(int Count, string Head)
{
    public static readonly JournalBoundary Empty = new(0, JournalChain.Genesis);
}

/// <summary>The checked chain: every row's link (oldest first), how many were before the key, the first break.</summary>
public sealed record ChainReport(IReadOnlyList<string> Links, int Legacy, ChainBreak? Break)
{
    public int Rows => Links.Count;

    public string Head => Links.Count == 0 ? JournalChain.Genesis : Links[^1];
}

/// <summary>
/// One rule for every chained table (acknowledgements, audit log). A link written before the key is
/// SHA-256("v1", fields…, previous link); a link written with the key is HMAC-SHA256(key, "v2", fields…, previous link).
/// </summary>
public static class JournalChain
{
    /// <summary>The previous link of the first row.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string PlainLink(IJournalLink row, string previous) => JournalKey.Sha256(Canonical("v1", row, previous));

    public static string KeyedLink(IJournalLink row, string previous, JournalKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Mac(Canonical("v2", row, previous));
    }

    private static string Canonical(string version, IJournalLink row, string previous) =>
        string.Join('\n', row.LinkFields().Prepend(version).Append(previous));

    /// <summary>Links of rows that store no link of their own (audit rows written before the key), oldest first.</summary>
    public static string RunningHead(IEnumerable<IJournalLink> rowsInOrder) =>
        rowsInOrder.Aggregate(Genesis, (previous, row) => PlainLink(row, previous));

    /// <param name="rowsInOrder">The table's rows in the order they were appended.</param>
    /// <param name="key">The journal key; null when there is none: every row is then checked as plain SHA-256.</param>
    /// <param name="legacy">The rows written before the key (from the key file).</param>
    /// <param name="legacyStored">
    /// Whether rows written before the key store their links (acknowledgements did) or not (the audit log was not chained:
    /// its old rows are covered by the running link recorded in the key file).
    /// </param>
    public static ChainReport Verify(IReadOnlyList<IJournalLink> rowsInOrder, JournalKey? key, JournalBoundary legacy, bool legacyStored)
    {
        ArgumentNullException.ThrowIfNull(rowsInOrder);
        ArgumentNullException.ThrowIfNull(legacy);
        var plainCount = key is null ? rowsInOrder.Count : Math.Min(legacy.Count, rowsInOrder.Count);
        var links = new List<string>(rowsInOrder.Count);
        ChainBreak? broken = null;
        var previous = Genesis;
        for (var i = 0; i < rowsInOrder.Count; i++)
        {
            var row = rowsInOrder[i];
            var plain = i < plainCount;
            var link = plain ? PlainLink(row, previous) : KeyedLink(row, previous, key!);
            if (broken is null && (!plain || legacyStored))
            {
                if (row.PreviousHash != previous)
                {
                    broken = new(row.Id, "ссылка на предыдущую запись не совпадает (запись удалена, вставлена или переставлена)");
                }
                else if (row.Hash != link)
                {
                    broken = new(row.Id, plain
                        ? "содержимое записи изменено после подписания"
                        : "содержимое записи изменено: её HMAC не сходится с ключом журнала");
                }
            }

            links.Add(link);
            previous = link;
            if (key is not null && i == plainCount - 1 && plainCount == legacy.Count && broken is null && link != legacy.Head)
            {
                broken = new(row.Id, "записи, сделанные до появления ключа журнала, изменены: последняя из них не совпадает с отметкой в файле ключа");
            }
        }

        if (key is not null && broken is null && rowsInOrder.Count < legacy.Count)
        {
            broken = new(rowsInOrder.Count == 0 ? 0 : rowsInOrder[^1].Id,
                $"записей {rowsInOrder.Count}, а до появления ключа журнала их было {legacy.Count}: записи удалены");
        }

        return new(links, key is null ? rowsInOrder.Count : plainCount, broken);
    }
}
