namespace PolicyPortal.Web.Public;

/// <summary>
/// Addresses of the public pages in the version the visitor reads: the version for the visually impaired lives under
/// /a11y, so it is remembered by the address itself (no cookie, and each version is cached on its own).
/// </summary>
public sealed record PublicLinks(bool IsSpecialVersion)
{
    private string Prefix => IsSpecialVersion ? PublicEndpoints.SpecialVersionPrefix : "";

    public static PublicLinks For(HttpRequest request) =>
        new(request.Path.StartsWithSegments(PublicEndpoints.SpecialVersionPrefix, StringComparison.OrdinalIgnoreCase));

    public string Policy => IsSpecialVersion ? Prefix : "/";

    public string Archive => Prefix + "/documents";

    public string Verify => Prefix + PublicEndpoints.Verify;

    public string Document(Guid id) => $"{Prefix}/documents/{id}";

    public string Changes(Guid id, Guid? from = null) => $"{Prefix}/documents/{id}/changes" + (from is { } f ? $"?from={f}" : "");

    /// <summary>PDFs are the same files in both versions.</summary>
    public static string Pdf(Guid id) => $"/documents/{id}/pdf";

    public static string AppendixPdf(Guid id, int number) => $"/documents/{id}/appendix/{number}/pdf";

    /// <summary>The page's one address for search engines: the normal version (the special one is the same page), «/» for the policy.</summary>
    public static string CanonicalPath(HttpRequest request)
    {
        var path = request.Path.StartsWithSegments(PublicEndpoints.SpecialVersionPrefix, StringComparison.OrdinalIgnoreCase, out var rest)
            ? rest.Value ?? "" : request.Path.Value ?? "";
        path = path.TrimEnd('/');
        return (path is "" || path.Equals(PublicEndpoints.Policy, StringComparison.OrdinalIgnoreCase) ? "/" : path) + request.QueryString.Value;
    }

    /// <summary>The same page in the other version.</summary>
    public static string OtherVersion(HttpRequest request)
    {
        var path = request.Path.Value ?? "/";
        var query = request.QueryString.Value ?? "";
        if (!request.Path.StartsWithSegments(PublicEndpoints.SpecialVersionPrefix, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            return PublicEndpoints.SpecialVersionPrefix + (path == "/" ? "" : path) + query;
        }

        return (rest.HasValue && rest.Value != "/" ? rest.Value : "/") + query;
    }
}
