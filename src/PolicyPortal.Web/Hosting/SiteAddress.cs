namespace PolicyPortal.Web.Hosting;

/// <summary>
/// One institution's public address, the base of every link that leaves the portal (mail, QR code, feed, sitemap,
/// canonical link, JSON). Given by <see cref="Institutions.InstitutionAddresses"/>, never built from the request's Host header.
/// </summary>
public sealed record SiteAddress(string BaseUrl)
{
    /// <summary>An absolute link to a path of the portal: «/my/documents/…» → «https://portal.example/my/documents/…».</summary>
    public string Link(string path) => BaseUrl.TrimEnd('/') + path;

    /// <summary>A document's permanent public page: the QR code's target.</summary>
    public string DocumentLink(Guid documentId) => Link($"/documents/{documentId}");
}
