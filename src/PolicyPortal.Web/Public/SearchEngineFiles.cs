using System.Globalization;
using System.Text;
using System.Xml.Linq;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.Web.Public;

/// <summary>
/// robots.txt and sitemap.xml: search engines may read the public pages and nothing else (staff pages are behind
/// the sign-in anyway; saying so keeps them out of the index and off the crawl budget). Addresses are the institution's own (InstitutionAddresses).
/// </summary>
public static class SearchEngineFiles
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSearchEngineFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet(PublicEndpoints.Robots, async (InstitutionAddresses addresses, CancellationToken ct) => Results.Text(Robots(await addresses.CurrentAsync(ct)), "text/plain; charset=utf-8"))
            .AllowAnonymous().CacheOutput(PublicPages.CachePolicy);
        app.MapGet(PublicEndpoints.Sitemap, async (PublicDocuments documents, InstitutionAddresses addresses, CancellationToken ct) =>
                Results.Text(Sitemap(await documents.ArchiveAsync(ct), await addresses.CurrentAsync(ct)), "application/xml; charset=utf-8"))
            .AllowAnonymous().CacheOutput(PublicPages.CachePolicy);
        return app;
    }

    /// <summary>Everything is closed but the public pages and their files; the embeddable copy is not a page of its own.</summary>
    public static string Robots(SiteAddress site)
    {
        var robots = new StringBuilder("User-agent: *\n")
            .Append("Allow: /$\n")
            .Append(CultureInfo.InvariantCulture, $"Allow: {PublicEndpoints.Policy}\n")
            .Append(CultureInfo.InvariantCulture, $"Allow: {PublicEndpoints.Archive}\n")
            .Append(CultureInfo.InvariantCulture, $"Allow: {PublicEndpoints.SpecialVersionPrefix}\n")
            .Append(CultureInfo.InvariantCulture, $"Allow: {PublicEndpoints.Verify}\n")
            .Append("Allow: /css/\n")
            .Append("Allow: /js/\n")
            .Append("Allow: /favicon.ico\n")
            .Append("Disallow: /\n")
            .Append(CultureInfo.InvariantCulture, $"\nSitemap: {site.Link(PublicEndpoints.Sitemap)}\n");
        return robots.ToString();
    }

    /// <summary>The current policy, the archive and every public document's permanent page (the special version is not listed: its canonical is the normal page).</summary>
    public static string Sitemap(IReadOnlyList<ArchiveEntry> archive, SiteAddress site)
    {
        static string Day(DateTimeOffset? at) => (at ?? DateTimeOffset.UnixEpoch).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lastChange = archive.Select(e => e.SupersededAt ?? e.PublishedAt).DefaultIfEmpty().Max();
        var urls = new XElement(Sitemaps + "urlset",
            Url(site.Link(PublicEndpoints.Home), Day(lastChange)),
            Url(site.Link(PublicEndpoints.Archive), Day(lastChange)),
            archive.Select(e => Url(site.DocumentLink(e.Id), Day(e.SupersededAt ?? e.PublishedAt))));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + urls;
    }

    private static XElement Url(string location, string lastModified) =>
        new(Sitemaps + "url", new XElement(Sitemaps + "loc", location), new XElement(Sitemaps + "lastmod", lastModified));
}
