namespace PolicyPortal.Web.Institutions;

/// <summary>A host name (a subdomain of the region's portal or the institution's own domain) that opens one institution.</summary>
public sealed class InstitutionHost
{
    public const int MaxNameLength = 253;

    public int Id { get; set; }
    public int InstitutionId { get; set; }
    /// <summary>Lower case, without port: «school12.edu-region.ru».</summary>
    public string Name { get; set; } = "";

    public static string Normalize(string host) => host.Trim().TrimEnd('.').ToLowerInvariant();
}
