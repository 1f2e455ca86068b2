namespace PolicyPortal.Domain.Services;

/// <summary>An entry of the services registry the director picks approved services from.</summary>
public sealed class Service
{
    public const int MaxNameLength = 200;
    public const int MaxKindLength = 100;
    public const int MaxPurposeLength = 1000;
    public const int MaxLegalBasisLength = 1000;
    public const int MaxUrlLength = 300;
    public const int MaxHowToJoinLength = 1000;

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
    /// <summary>How a parent joins, in plain words; null: the catalog's default for this name (<see cref="ServiceCatalog.DefaultJoining"/>), "": none.</summary>
    public string? HowToJoin { get; set; }
    /// <summary>Where a parent starts joining (an app page, a login page); null: the catalog's default.</summary>
    public string? JoinUrl { get; set; }

    /// <summary>What parents are told about joining: the administrator's text, else the catalog's default.</summary>
    public ServiceJoining Joining =>
        ServiceCatalog.DefaultJoining(Name) is { } fallback
            ? new(HowToJoin ?? fallback.Text, JoinUrl ?? fallback.Url)
            : new(HowToJoin ?? "", JoinUrl ?? "");
}

/// <summary>How a parent joins a service: plain words and a link to start from (either may be empty).</summary>
public sealed record ServiceJoining(string Text, string Url)
{
    public bool IsEmpty => Text.Length == 0 && Url.Length == 0;
}
