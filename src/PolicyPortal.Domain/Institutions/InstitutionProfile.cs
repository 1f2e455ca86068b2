namespace PolicyPortal.Domain.Institutions;

/// <summary>The one institution this portal serves, created by the first-run setup.</summary>
public sealed class InstitutionProfile
{
    public const int MaxFounderLineLength = 500;
    public const int MaxFullNameLength = 500;
    public const int MaxShortNameLength = 200;
    public const int MaxCityLength = 100;
    public const int MaxWebsiteLength = 300;
    public const int MaxDirectorPositionLength = 200;
    public const int MaxDirectorNameLength = 200;
    public const int MaxTimeZoneLength = 64;
    public const int MaxPhoneLength = 100;
    public const int MaxEmailLength = 200;
    public const int MaxAddressLength = 500;
    public const int MaxReceptionHoursLength = 500;

    public int Id { get; set; }
    /// <summary>«Министерство образования и науки Тамбовской области».</summary>
    public string FounderLine { get; set; } = "";
    public string FullName { get; set; } = "";
    public string ShortName { get; set; } = "";
    public string City { get; set; } = "";
    public string Website { get; set; } = "";
    /// <summary>Shown to parents on the public page («Как связаться…»), as the administrator writes it.</summary>
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    /// <summary>Postal address of the reception.</summary>
    public string Address { get; set; } = "";
    /// <summary>«пн–пт 8:00–17:00, обед 12:00–13:00».</summary>
    public string ReceptionHours { get; set; } = "";
    public string DirectorPosition { get; set; } = "Директор";
    public string DirectorName { get; set; } = "";
    /// <summary>IANA zone used to show times to people (acknowledgements are stored in UTC).</summary>
    public string TimeZone { get; set; } = "Europe/Moscow";
    /// <summary>College (СПО) or school: picks the model template's wording.</summary>
    public InstitutionType Type { get; set; } = InstitutionType.College;
}

public enum InstitutionType
{
    College,
    School,
}
