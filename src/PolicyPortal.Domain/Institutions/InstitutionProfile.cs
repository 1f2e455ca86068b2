namespace PolicyPortal.Domain.Institutions;

/// <summary>The one institution this portal serves, created by the first-run setup.</summary>
public sealed class InstitutionProfile
{
    public int Id { get; set; }
    /// <summary>«Министерство образования и науки Тамбовской области».</summary>
    public string FounderLine { get; set; } = "";
    public string FullName { get; set; } = "";
    public string ShortName { get; set; } = "";
    public string City { get; set; } = "";
    public string Website { get; set; } = "";
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
