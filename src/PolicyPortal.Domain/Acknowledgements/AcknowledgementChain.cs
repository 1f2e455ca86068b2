namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>Where the chain breaks: the row and why.</summary>
public sealed record ChainBreak(long RowId, string Reason);

/// <summary>Checks the acknowledgements' hash chain, row by row in the order they were appended.</summary>
public static class AcknowledgementChain
{
    /// <returns>The first broken row, or null when every row's hash matches its fields and links to the row before.</returns>
    public static ChainBreak? Verify(IEnumerable<Acknowledgement> rowsInOrder)
    {
        var previous = Acknowledgement.Genesis;
        foreach (var row in rowsInOrder)
        {
            if (row.PreviousHash != previous)
            {
                return new ChainBreak(row.Id, "ссылка на предыдущую запись не совпадает (запись удалена, вставлена или переставлена)");
            }

            if (row.ComputeHash() != row.Hash)
            {
                return new ChainBreak(row.Id, "содержимое записи изменено после подписания");
            }

            previous = row.Hash;
        }

        return null;
    }
}
