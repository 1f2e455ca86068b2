using Microsoft.Extensions.Options;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Institutions;

/// <summary>
/// The one answer to «the public address of institution X», for every link that leaves the portal. With one institution
/// it is Site:BaseUrl, exactly as a single-college installation always had it. With several, each institution is
/// reached at its own host name: its first one, under Site:BaseUrl's scheme, port and path — the request's Host header,
/// which a client can forge, is never used. An institution without a host name (unreachable until it gets one) keeps
/// Site:BaseUrl.
/// </summary>
public sealed class InstitutionAddresses(InstitutionDirectory directory, CurrentInstitution current, IOptions<SiteOptions> site)
{
    /// <summary>The address of the institution the request, command or background pass acts for.</summary>
    public Task<SiteAddress> CurrentAsync(CancellationToken ct = default) => OfAsync(current.Id, ct);

    public async Task<SiteAddress> OfAsync(int institutionId, CancellationToken ct = default)
    {
        var snapshot = await directory.SnapshotAsync(ct);
        return snapshot.Institutions.Count > 1 && snapshot.FirstHosts.TryGetValue(institutionId, out var host)
            ? new SiteAddress(WithHost(site.Value.BaseUrl, host))
            : site.Value.Address;
    }

    public static string WithHost(string baseUrl, string host)
    {
        var configured = new Uri(baseUrl);
        var port = configured.IsDefaultPort ? "" : $":{configured.Port}";
        return $"{configured.Scheme}://{host}{port}{configured.AbsolutePath.TrimEnd('/')}";
    }
}
