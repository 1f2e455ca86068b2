using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// The client's scheme and IP address (recorded with an acknowledgement, and the key of the sign-in rate limit) come
/// from X-Forwarded-Proto/-For only when the request arrives from a proxy listed in <c>ForwardedHeaders:KnownProxies</c>
/// or <c>KnownNetworks</c>; otherwise from the connection. Nobody is trusted by default. Only the last
/// <c>ForwardLimit</c> entries of the header are read (1: the address the proxy itself saw, even if a client sent a
/// header of its own and the proxy appended to it); the proxy should overwrite the header anyway (docs/security.md).
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
        // The middleware believes everybody when both lists are empty: with no proxy configured, read no header at all.
        var trusted = proxies.Addresses().Any() || proxies.Networks().Any();
        options.ForwardedHeaders = trusted ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
        options.ForwardLimit = proxies.ForwardLimit;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The obsolete list still holds 127.0.0.0/8 by default and is still consulted: empty it too.
        options.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
        foreach (var address in proxies.Addresses())
        {
            options.KnownProxies.Add(address);
        }

        foreach (var network in proxies.Networks())
        {
            options.KnownIPNetworks.Add(network);
        }
    }
}

/// <summary>Configuration section «ForwardedHeaders»: <c>KnownProxies</c> (IP addresses) and <c>KnownNetworks</c>
/// (CIDR), comma-separated, and <c>ForwardLimit</c>.</summary>
public sealed class TrustedProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    public string KnownProxies { get; set; } = "";
    public string KnownNetworks { get; set; } = "";

    /// <summary>How many proxies stand in front of the portal, each appending to X-Forwarded-For.</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    public IEnumerable<IPAddress> Addresses() => Split(KnownProxies).Select(IPAddress.Parse);

    public IEnumerable<System.Net.IPNetwork> Networks() => Split(KnownNetworks).Select(n => System.Net.IPNetwork.Parse(n));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Split(KnownProxies).Where(address => !IPAddress.TryParse(address, out _))
            .Select(address => new ValidationResult($"ForwardedHeaders:KnownProxies: «{address}» is not an IP address.", [nameof(KnownProxies)]))
            .Concat(Split(KnownNetworks).Where(network => !System.Net.IPNetwork.TryParse(network, out _))
                .Select(network => new ValidationResult($"ForwardedHeaders:KnownNetworks: «{network}» is not a network (CIDR, e.g. 10.0.0.0/24).", [nameof(KnownNetworks)])));

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
