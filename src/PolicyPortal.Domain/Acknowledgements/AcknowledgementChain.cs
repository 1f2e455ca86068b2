using PolicyPortal.Domain.Journal;

namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>Where the chain breaks: the row and why.</summary>
public sealed record ChainBreak(long RowId, string Reason);

/// <summary>Checks the acknowledgements' plain hash chain (rows written before the journal key), oldest first.</summary>
public static class AcknowledgementChain
{
    /// <returns>The first broken row, or null when every row's hash matches its fields and links to the row before.</returns>
    public static ChainBreak? Verify(IEnumerable<Acknowledgement> rowsInOrder) =>
        JournalChain.Verify(rowsInOrder.ToList(), null, JournalBoundary.Empty, legacyStored: true).Break;
}
