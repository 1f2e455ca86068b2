using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// The client's scheme and IP address (recorded with an acknowledgement) come from X-Forwarded-Proto/-For only when the
/// request arrives from a proxy listed in <c>ForwardedHeaders:KnownProxies</c> (comma-separated addresses; appsettings.json
/// lists loopback, for a proxy on the same machine); otherwise from the connection.
/// </summary>
public static class TrustedProxies
{
    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        var listed = configuration["ForwardedHeaders:KnownProxies"] ?? "";
        foreach (var address in listed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPAddress.TryParse(address, out var ip))
            {
                options.KnownProxies.Add(ip);
            }
        }
    }
}
