using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// The client's scheme and IP address (recorded with an acknowledgement) come from X-Forwarded-Proto/-For only when the
/// request arrives from a proxy listed in <c>ForwardedHeaders:KnownProxies</c>; otherwise from the connection.
/// appsettings.json lists loopback (127.0.0.1,::1), for a proxy on the same machine; an empty list trusts no proxy.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((o, proxies) => Configure(o, proxies.Value));
        return services;
    }

    private static void Configure(ForwardedHeadersOptions options, TrustedProxyOptions proxies)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var address in proxies.Addresses())
        {
            options.KnownProxies.Add(address);
        }
    }
}

/// <summary>Configuration section «ForwardedHeaders»: <c>KnownProxies</c>, comma-separated IP addresses.</summary>
public sealed class TrustedProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    public string KnownProxies { get; set; } = "";

    public IEnumerable<IPAddress> Addresses() =>
        KnownProxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(IPAddress.Parse);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(address => !IPAddress.TryParse(address, out _))
            .Select(address => new ValidationResult($"ForwardedHeaders:KnownProxies: «{address}» is not an IP address.", [nameof(KnownProxies)]));
}
