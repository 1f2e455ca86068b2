using System.Globalization;
using PolicyPortal.Domain.Journal;

namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>
/// The heads of the journal as printed outside the database («Отметка журнала»): the number of acknowledgements, the
/// number of audit-log lines (publications, supersessions and every other action) and the first 16 hex characters of
/// SHA-256 over both last links — <c>12+40:0123456789abcdef</c>. A later check against it finds a cut tail of either
/// chain, which the chains alone cannot show. An older anchor without the audit count (<c>12:…</c>, printed before the
/// audit log was chained) names the acknowledgement chain alone and is still understood.
/// </summary>
public sealed record ChainAnchor(int Count, string Hash, int? AuditCount = null)
{
    public const int HashLength = 16;

    public static ChainAnchor Of(int acknowledgements, string acknowledgementHead, int auditLines, string auditHead) =>
        new(acknowledgements, Combine(acknowledgementHead, auditHead)[..HashLength], auditLines);

    private static string Combine(string acknowledgementHead, string auditHead) => JournalKey.Sha256($"{acknowledgementHead}\n{auditHead}");

    public override string ToString() => AuditCount is { } audit
        ? $"{Count.ToString(CultureInfo.InvariantCulture)}+{audit.ToString(CultureInfo.InvariantCulture)}:{Hash}"
        : $"{Count.ToString(CultureInfo.InvariantCulture)}:{Hash}";

    public static ChainAnchor? Parse(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length != 2 || parts[1].Length != HashLength || !parts[1].All(Uri.IsHexDigit))
        {
            return null;
        }

        var counts = parts[0].Split('+');
        return counts.Length switch
        {
            1 when Number(counts[0]) is { } count => new ChainAnchor(count, parts[1].ToLowerInvariant()),
            2 when Number(counts[0]) is { } count && Number(counts[1]) is { } audit => new ChainAnchor(count, parts[1].ToLowerInvariant(), audit),
            _ => null,
        };

        static int? Number(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>
    /// Null when the chains, links oldest first, still hold the anchored heads; otherwise why not, in Russian.
    /// </summary>
    public string? Check(IReadOnlyList<string> acknowledgementLinks, IReadOnlyList<string> auditLinks)
    {
        ArgumentNullException.ThrowIfNull(acknowledgementLinks);
        ArgumentNullException.ThrowIfNull(auditLinks);
        if (acknowledgementLinks.Count < Count)
        {
            return $"в журнале ознакомлений {acknowledgementLinks.Count} записей, а по отметке {this} их было {Count}: конец цепочки удалён";
        }

        if (AuditCount is { } audit && auditLinks.Count < audit)
        {
            return $"в журнале действий {auditLinks.Count} записей, а по отметке {this} их было {audit}: конец цепочки удалён";
        }

        var acknowledgementHead = Count == 0 ? JournalChain.Genesis : acknowledgementLinks[Count - 1];
        if (AuditCount is not { } lines)
        {
            return acknowledgementHead.StartsWith(Hash, StringComparison.OrdinalIgnoreCase)
                ? null
                : $"запись № {Count} журнала ознакомлений имеет хеш {acknowledgementHead[..HashLength]}, а по отметке {this} — {Hash}: цепочка переписана или её конец заменён";
        }

        var auditHead = lines == 0 ? JournalChain.Genesis : auditLinks[lines - 1];
        return Combine(acknowledgementHead, auditHead).StartsWith(Hash, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"запись № {Count} журнала ознакомлений или № {lines} журнала действий не та, что по отметке {this}: цепочка переписана или её конец заменён";
    }
}
