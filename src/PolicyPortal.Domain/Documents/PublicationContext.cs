namespace PolicyPortal.Domain.Documents;

/// <summary>What <see cref="PublicationCheck"/> needs to know beyond the document itself.</summary>
/// <param name="UsedNumbers">Numbers of the other published documents of the same calendar year.</param>
/// <param name="ProhibitedNames">Names from the prohibited-services dictionary.</param>
/// <param name="IsImportOfApprovedDocument">
/// The document was already signed on paper and is only being put online: nothing blocks, every finding is a warning.
/// </param>
public sealed record PublicationContext(
    IReadOnlySet<string> UsedNumbers,
    IReadOnlyList<string> ProhibitedNames,
    bool IsImportOfApprovedDocument = false);
