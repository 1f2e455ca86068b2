namespace PolicyPortal.Domain.Services;

/// <summary>An entry of the services registry the director picks approved services from.</summary>
public sealed class Service
{
    public const int MaxNameLength = 200;
    public const int MaxKindLength = 100;
    public const int MaxPurposeLength = 1000;
    public const int MaxLegalBasisLength = 1000;
    public const int MaxUrlLength = 300;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    /// <summary>«платформа», «мессенджер», «видеосвязь», «электронный журнал»…</summary>
    public string Kind { get; set; } = "";
    public string Purpose { get; set; } = "";
    public Interaction Interaction { get; set; }
    /// <summary>A state information system or a platform of one (Сферум, МАХ, «Моя школа»).</summary>
    public bool IsStateSystem { get; set; }
    public string LegalBasis { get; set; } = "";
    public string Url { get; set; } = "";
    public int SortOrder { get; set; }
}
