namespace PolicyPortal.Domain.Documents;

/// <summary>
/// An order or a standalone regulation, from draft to publication to supersession.
/// A published document never changes: publishing freezes its content as a JSON snapshot with a SHA-256.
/// </summary>
public sealed class PolicyDocument
{
    private PolicyDocument() { }

    public Guid Id { get; private set; }
    public DocumentKind Kind { get; private set; }
    public DocumentStatus Status { get; private set; }

    // Listing columns, copied from the content on every save.
    public string Number { get; private set; } = "";
    public DateOnly? Date { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>The printed kind in sentence case («Порядок», «Приказ»); empty in rows saved before it was kept.</summary>
    public string TypeName { get; private set; } = "";

    public const int MaxTypeNameLength = 64;

    /// <summary>The draft's content as JSON; equal to <see cref="SnapshotJson"/> once published.</summary>
    public string ContentJson { get; private set; } = "";

    /// <summary>Bumped on every draft save; the optimistic-concurrency token.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public DateTimeOffset? PublishedAt { get; private set; }
    public string? PublishedBy { get; private set; }
    public string? SnapshotJson { get; private set; }
    public string? SnapshotHash { get; private set; }

    /// <summary>The earlier document this one replaces once published.</summary>
    public Guid? SupersedesId { get; private set; }
    public Guid? SupersededById { get; private set; }
    public DateTimeOffset? SupersededAt { get; private set; }

    public bool IsDraft => Status == DocumentStatus.Draft;

    public DocumentContent ReadContent() => DocumentJson.Deserialize(ContentJson);

    public static PolicyDocument CreateDraft(DocumentContent content, string by, DateTimeOffset at, Guid? supersedes = null)
    {
        var document = new PolicyDocument
        {
            Id = Guid.NewGuid(),
            Status = DocumentStatus.Draft,
            CreatedAt = at,
            CreatedBy = by,
            SupersedesId = supersedes,
        };
        document.Apply(content, by, at);
        return document;
    }

    public void UpdateDraft(DocumentContent content, string by, DateTimeOffset at)
    {
        EnsureDraft();
        Apply(content, by, at);
        Revision++;
    }

    public void SetSupersedes(Guid? earlierId)
    {
        EnsureDraft();
        if (earlierId == Id)
        {
            throw new DomainException("Документ не может заменять сам себя.");
        }

        SupersedesId = earlierId;
        Revision++;
    }

    /// <summary>
    /// Publishes the draft if <paramref name="check"/> passes on its content; when the check blocks, the document stays
    /// a draft and the result says why. Either way the result is returned for the caller to show.
    /// </summary>
    public CheckResult Publish(PublicationCheck check, string by, DateTimeOffset at)
    {
        EnsureDraft();
        var result = check.Check(ReadContent());
        if (!result.CanPublish)
        {
            return result;
        }

        var json = DocumentJson.Serialize(ReadContent());
        ContentJson = json;
        SnapshotJson = json;
        SnapshotHash = DocumentJson.Sha256(json);
        Status = DocumentStatus.Published;
        PublishedAt = at;
        PublishedBy = by;
        Revision++;
        return result;
    }

    /// <summary>Marks this published document «утратил силу», replaced by <paramref name="newer"/>.</summary>
    public void SupersedeBy(PolicyDocument newer, DateTimeOffset at)
    {
        if (Status != DocumentStatus.Published)
        {
            throw new DomainException("Утратить силу может только действующий документ.");
        }

        if (newer.Status != DocumentStatus.Published || newer.Id == Id)
        {
            throw new DomainException("Заменить документ может только другой опубликованный документ.");
        }

        Status = DocumentStatus.Superseded;
        SupersededById = newer.Id;
        SupersededAt = at;
        Revision++;
    }

    /// <summary>
    /// Fills <see cref="TypeName"/> of a draft saved before the printed kind was kept, from its own content. A published
    /// version keeps none: it is named by its stored kind, as it was when published.
    /// </summary>
    public bool FillTypeName()
    {
        if (!IsDraft || TypeName.Length > 0)
        {
            return false;
        }

        TypeName = TypeNameOf(ReadContent());
        return TypeName.Length > 0;
    }

    private static string TypeNameOf(DocumentContent content)
    {
        var typeName = XmlSafeText.Clean(DocumentTitles.KindWord(content));
        return typeName.Length > MaxTypeNameLength ? typeName[..MaxTypeNameLength] : typeName;
    }

    private void Apply(DocumentContent content, string by, DateTimeOffset at)
    {
        Kind = content.Kind;
        TypeName = TypeNameOf(content);
        Number = XmlSafeText.Clean(content.Requisites.Number.Trim());
        Date = content.Requisites.Date;
        Title = XmlSafeText.Clean(content.Requisites.Title.Trim());
        ContentJson = DocumentJson.Serialize(content);
        UpdatedAt = at;
        UpdatedBy = by;
    }

    private void EnsureDraft()
    {
        if (Status != DocumentStatus.Draft)
        {
            throw new DomainException("Опубликованный документ изменить нельзя: создайте новую редакцию.");
        }
    }
}
