using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>
/// One person who must acknowledge one published version: the frozen list of <see cref="RequiredAcknowledgers"/> as rows,
/// so that «Мои документы» asks the database for one person's documents instead of reading every published snapshot.
/// </summary>
public sealed class DocumentAcknowledger
{
    private DocumentAcknowledger()
    {
    }

    public Guid DocumentId { get; private set; }
    public Guid PersonId { get; private set; }

    public static IEnumerable<DocumentAcknowledger> Of(PolicyDocument document) =>
        RequiredAcknowledgers.Of(document).Select(p => new DocumentAcknowledger { DocumentId = document.Id, PersonId = p.PersonId!.Value });
}
