using System.ComponentModel.DataAnnotations;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// Configuration section «Site»: the portal's public address. Every link that leaves the portal (mail, QR code, feed,
/// JSON) is built from it, never from the request's Host header, which a client can forge. With several institutions
/// each keeps this scheme (and port) under its own host name: ask <see cref="Institutions.InstitutionAddresses"/>.
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Sites that may frame the embeddable policy page.</summary>
    public string[] EmbedOrigins { get; set; } = [];

    /// <summary>The installation's own address: the only institution's, or the fallback of one without a host name.</summary>
    public SiteAddress Address => new(BaseUrl);
}
