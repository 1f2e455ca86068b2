using System.Globalization;

namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>
/// The head of the acknowledgement chain as printed outside the database («Отметка журнала»): the row count and the
/// first 16 hex characters of the last row's hash. A later check against it finds a cut tail, which the chain alone
/// cannot show.
/// </summary>
public sealed record ChainAnchor(int Count, string Hash)
{
    public const int HashLength = 16;

    public static ChainAnchor Of(IReadOnlyList<string> hashes) =>
        hashes.Count == 0 ? new(0, Acknowledgement.Genesis[..HashLength]) : new(hashes.Count, hashes[^1][..HashLength]);

    public override string ToString() => $"{Count.ToString(CultureInfo.InvariantCulture)}:{Hash}";

    public static ChainAnchor? Parse(string text)
    {
        var parts = text.Trim().Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && parts[1].Length == HashLength && parts[1].All(Uri.IsHexDigit)
            ? new ChainAnchor(count, parts[1].ToLowerInvariant())
            : null;
    }

    /// <summary>Null when the chain, hashes oldest first, still holds the anchored head; otherwise why not, in Russian.</summary>
    public string? Check(IReadOnlyList<string> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        if (hashes.Count < Count)
        {
            return $"в журнале {hashes.Count} записей, а по отметке {this} их было {Count}: конец цепочки удалён";
        }

        var actual = Count == 0 ? Acknowledgement.Genesis : hashes[Count - 1];
        return actual.StartsWith(Hash, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"запись № {Count} имеет хеш {actual[..HashLength]}, а по отметке {this} — {Hash}: цепочка переписана или её конец заменён";
    }
}
