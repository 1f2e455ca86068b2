using System.ComponentModel.DataAnnotations;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// Configuration section «Site»: the portal's public address. Every link that leaves the portal (mail, QR code, feed,
/// JSON) is built from it, never from the request's Host header, which a client can forge.
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Sites that may frame the embeddable policy page.</summary>
    public string[] EmbedOrigins { get; set; } = [];

    /// <summary>An absolute link to a path of the portal: «/my/documents/…» → «https://portal.example/my/documents/…».</summary>
    public string Link(string path) => BaseUrl.TrimEnd('/') + path;

    /// <summary>A document's permanent public page: the QR code's target.</summary>
    public string DocumentLink(Guid documentId) => Link($"/documents/{documentId}");
}
