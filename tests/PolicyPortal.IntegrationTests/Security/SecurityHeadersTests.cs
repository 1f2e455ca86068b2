using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.IntegrationTests.Security;

public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new PortalFactory().WithSetting("Site:EmbedOrigins:0", "https://college.test");
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Theory]
    [InlineData("/", HttpStatusCode.OK, false)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound, true)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound, false)] // an unknown address is a 404 for visitors too, not a sign-in form
    [InlineData("/css/site.css", HttpStatusCode.OK, false)]
    [InlineData("/account/login", HttpStatusCode.OK, false)]
    [InlineData("/health", HttpStatusCode.OK, false)]
    [InlineData("/dashboard", HttpStatusCode.OK, true)]
    public async Task Every_response_carries_the_security_headers(string url, HttpStatusCode status, bool signedIn)
    {
        using var anonymous = factory.CreateFormClient();
        var (response, _) = await (signedIn ? admin : anonymous).GetAsync(url);
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode} {response.Headers.Location}");

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self' https://college.test", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/admin/users")]
    [InlineData("/account/two-factor/setup")]
    [InlineData("/health")] // no form, so no antiforgery header: the cookie handler's no-store alone (see below)
    public async Task Pages_for_signed_in_users_are_not_stored(string url)
    {
        var (response, _) = await admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    /// <summary>
    /// On the portal the cookie handler (which re-issues the cookie on every signed-in response) and antiforgery send
    /// no-store as well, so the cases above pass without the middleware's rule; here neither runs, only the middleware.
    /// </summary>
    [Fact]
    public async Task The_middleware_itself_marks_every_signed_in_response_no_store()
    {
        using var host = await new HostBuilder()
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureServices(services => services.AddOptions<SiteOptions>())
                .Configure(app =>
                {
                    app.Use((context, next) =>
                    {
                        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "staff")], "test"));
                        return next(context);
                    });
                    app.UseMiddleware<SecurityHeadersMiddleware>();
                    app.Run(context => context.Response.WriteAsync("ok"));
                }))
            .StartAsync();

        var response = await host.GetTestClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Production_hosts_get_hsts_for_a_year_with_subdomains()
    {
        using var client = factory.CreateDefaultClient(new Uri("https://portal.college.test"));
        var response = await client.GetAsync("/");
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header()
    {
        using var live = new PortalFactory(factory.Database);
        live.UseKestrel(0);
        live.StartServer();
        var address = live.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient();
        var response = await http.GetAsync(address + "/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(",", response.Headers.Select(h => h.Key)));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    public Task DisposeAsync()
    {
        admin.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
