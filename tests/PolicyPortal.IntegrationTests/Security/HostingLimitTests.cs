using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>Issue 14, low: upload limits by endpoint, forwarded headers only from configured proxies, Chromium's sandbox.</summary>
public sealed class HostingLimitTests
{
    [Fact]
    public async Task An_upload_past_the_limit_gets_the_russian_413_whatever_the_spelling_of_the_address_and_is_logged()
    {
        using var factory = new PortalFactory();
        (await TestAccounts.SetUpAsync(factory)).Dispose();
        using var client = factory.CreateFormClient();
        foreach (var url in new[] { $"/Director/Documents/{Guid.NewGuid()}/Acknowledgements?handler=Paper", $"/director/documents/{Guid.NewGuid()}/acknowledgements/?handler=Paper" })
        {
            using var content = new MultipartFormDataContent();
            var file = new ByteArrayContent(new byte[8 * 1024 * 1024]);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(file, "Paper.Scan", "скан.png");
            var response = await client.Http.PostAsync(url, content);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("Файл слишком большой", await response.Content.ReadAsStringAsync());
        }

        var log = string.Concat(Directory.GetFiles(factory.LogFolder, "portal-*.log").Select(ReadShared));
        Assert.Equal(2, log.Split("Refused a ").Length - 1);
    }

    [Fact]
    public async Task Forwarded_headers_from_loopback_are_not_believed_unless_it_is_a_configured_proxy_and_only_the_last_hop_counts()
    {
        using var plain = new PortalFactory();
        var direct = await ForwardAsync(plain, "127.0.0.1", "203.0.113.9");
        Assert.Equal("127.0.0.1", direct.Address);
        Assert.Equal("http", direct.Scheme);

        // nginx on the same machine, configured as README says; a client sent its own header and nginx appended to it.
        using var proxied = new PortalFactory().WithSetting("ForwardedHeaders:KnownProxies", "127.0.0.1");
        var behindProxy = await ForwardAsync(proxied, "127.0.0.1", "203.0.113.9, 198.51.100.7");
        Assert.Equal("198.51.100.7", behindProxy.Address);
        Assert.Equal("https", behindProxy.Scheme);
        var stranger = await ForwardAsync(proxied, "192.0.2.1", "203.0.113.9");
        Assert.Equal("192.0.2.1", stranger.Address);

        using var network = new PortalFactory().WithSetting("ForwardedHeaders:KnownNetworks", "10.0.0.0/8");
        Assert.Equal("198.51.100.7", (await ForwardAsync(network, "10.1.2.3", "198.51.100.7")).Address);
    }

    [Fact]
    public void Chromium_keeps_its_sandbox_unless_told_otherwise_or_running_as_root()
    {
        Assert.DoesNotContain("--no-sandbox", ChromiumPdf.LaunchArguments(new PdfOptions(), privileged: false));
        Assert.DoesNotContain("--no-sandbox", ChromiumPdf.LaunchArguments(new PdfOptions { Sandbox = true }, privileged: true));
        Assert.Contains("--no-sandbox", ChromiumPdf.LaunchArguments(new PdfOptions(), privileged: true));
        Assert.Contains("--no-sandbox", ChromiumPdf.LaunchArguments(new PdfOptions { Sandbox = false }, privileged: false));
    }

    /// <summary>The portal's own forwarded-headers settings applied to a request from <paramref name="from"/>.</summary>
    private static async Task<(string Address, string Scheme)> ForwardAsync(PortalFactory factory, string from, string forwardedFor)
    {
        var options = factory.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>();
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(from);
        context.Request.Scheme = "http";
        context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        context.Request.Headers["X-Forwarded-Proto"] = "https";
        var middleware = new ForwardedHeadersMiddleware(_ => Task.CompletedTask, factory.Services.GetRequiredService<ILoggerFactory>(), options);
        await middleware.Invoke(context);
        return (context.Connection.RemoteIpAddress!.ToString(), context.Request.Scheme);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
