namespace PolicyPortal.Web.Public;

/// <summary>
/// Every address a visitor may open without signing in, in one place (the rest of the portal needs a signed-in user).
/// Each version-for-the-visually-impaired page is the same page under <see cref="SpecialVersionPrefix"/>.
/// </summary>
public static class PublicEndpoints
{
    public const string SpecialVersionPrefix = "/a11y";

    public const string Home = "/";
    public const string Policy = "/policy";
    public const string Archive = "/documents";
    public const string Document = "/documents/{id:guid}";
    public const string Changes = "/documents/{id:guid}/changes";
    public const string Embed = "/embed/policy";
    public const string PolicyJson = "/api/policy.json";
    public const string DocumentJson = "/api/documents/{id:guid}.json";
    public const string Feed = "/documents/feed.atom";
    public const string Verify = "/verify";
    public const string Robots = "/robots.txt";
    public const string Sitemap = "/sitemap.xml";

    /// <summary>Served by DocumentPdfEndpoints, for published and superseded documents only.</summary>
    public const string DocumentPdf = "/documents/{id:guid}/pdf";
    public const string AppendixPdf = "/documents/{id:guid}/appendix/{number:int}/pdf";

    /// <summary>Pages that have a version for the visually impaired under <see cref="SpecialVersionPrefix"/>.</summary>
    public static readonly IReadOnlyList<string> PagesWithSpecialVersion = [Home, Policy, Archive, Document, Changes, Verify];

    /// <summary>Everything anonymous: pages, their special versions, feeds, PDFs; plus the portal's own /setup (first run only), login, error and health pages.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        .. PagesWithSpecialVersion,
        .. PagesWithSpecialVersion.Select(p => SpecialVersionPrefix + (p == Home ? "" : p)),
        Embed, PolicyJson, DocumentJson, Feed, DocumentPdf, AppendixPdf, Robots, Sitemap,
    ];
}
