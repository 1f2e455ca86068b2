using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>Deny by default: every endpoint needs a signed-in user unless it is on this explicit public list.</summary>
public sealed class EndpointAuthorisationTests : IDisposable
{
    /// <summary>Route patterns open to anonymous visitors. Adding one here is a security decision: say why next to it.</summary>
    public static readonly IReadOnlySet<string> PublicEndpoints = new HashSet<string>
    {
        "",                       // the public policy page
        "setup",                  // first run only; 404 once a user exists
        "account/login",
        "account/two-factor",     // second sign-in step; needs the short-lived cookie from the password step
        "account/logout",
        "account/invite/{token}", // an invited person sets a password; the single-use token is the credential
        "error/{code:int?}",
        "/health",                // "ok" or 503, for monitoring
        "policy",                 // the same page by its Razor route
        "documents",              // archive of published documents
        "documents/{id:guid}",    // permanent page of a published document (the QR code's target); drafts answer 404
        "documents/{id:guid}/changes", // «Что изменилось» between published versions; drafts answer 404
        "embed/policy",           // the embeddable view; frame-ancestors limited to Site:EmbedOrigins
        "a11y", "a11y/policy", "a11y/documents", "a11y/documents/{id:guid}", "a11y/documents/{id:guid}/changes", // version for the visually impaired
        "/api/policy.json",       // the current policy as JSON, for the college's site
        "/api/documents/{id:guid}.json", // any published document as JSON; drafts answer 404
        "/documents/feed.atom",   // Atom feed of publications
        "verify", "a11y/verify", // «Проверить документ»: a SHA-256 names a published document; drafts are never found
        "/robots.txt",            // search engines: public pages allowed, the rest disallowed
        "/sitemap.xml",           // search engines: the public documents' permanent pages
        "/documents/{id:guid}/pdf",                        // published PDFs; drafts answer 404
        "/documents/{id:guid}/appendix/{number:int}/pdf",  // likewise, one appendix
    };

    private readonly PortalFactory factory = new();

    public static IReadOnlyList<RouteEndpoint> AllEndpoints(PortalFactory factory)
    {
        _ = factory.Server;
        return [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];
    }

    [Fact]
    public async Task The_fallback_policy_requires_a_signed_in_user()
    {
        _ = factory.Server;
        var fallback = await factory.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync();
        Assert.NotNull(fallback);
        Assert.Contains(fallback.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
    }

    [Fact]
    public void Every_endpoint_is_authorised_or_on_the_public_list()
    {
        var endpoints = AllEndpoints(factory);
        Assert.NotEmpty(endpoints);
        var open = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.RoutePattern.RawText ?? "").ToHashSet();

        Assert.True(!open.Except(PublicEndpoints).Any(), "Anonymous but not on the list: " + string.Join(", ", open.Except(PublicEndpoints)));
        Assert.True(!PublicEndpoints.Except(open).Any(), "On the list but no longer anonymous: " + string.Join(", ", PublicEndpoints.Except(open)));
    }

    public void Dispose() => factory.Dispose();
}
