using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>
/// Who must acknowledge a version: the people of its frozen acknowledgement list who are linked to the staff directory,
/// each once. A draft names no one yet, and a name typed without a directory link cannot sign (there is no account to sign with).
/// </summary>
public static class RequiredAcknowledgers
{
    public static IReadOnlyList<PersonRef> Of(PolicyDocument document) =>
        document.SnapshotJson is { } snapshot
            ? DocumentJson.Deserialize(snapshot).Acknowledgers.Where(p => p.PersonId is not null).DistinctBy(p => p.PersonId).ToList()
            : [];

    public static bool Includes(PolicyDocument document, Guid personId) => Of(document).Any(p => p.PersonId == personId);
}
