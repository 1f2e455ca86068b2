using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Public;

/// <summary>The version for the visually impaired: its settings live in the visitor's browser, so the cached page is one for all.</summary>
public sealed class SpecialVersionTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/a11y")]
    [InlineData("/a11y/documents")]
    [InlineData("/a11y/verify")]
    public async Task Every_visitor_gets_the_same_cached_bytes_whatever_settings_they_chose(string url)
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, id);
        using var first = factory.CreateFormClient();
        using var second = factory.CreateFormClient();

        var filled = await first.Http.GetAsync(url);
        var fromCache = await second.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, url)
        {
            Headers = { { "Cookie", "pp-a11y=%7B%22font%22%3A%223%22%7D" } },
        });

        Assert.True(fromCache.Headers.Age is not null, $"{url} was not served from the output cache");
        Assert.Equal(await filled.Content.ReadAsByteArrayAsync(), await fromCache.Content.ReadAsByteArrayAsync());
        Assert.False(fromCache.Headers.Contains("Set-Cookie"));
        var body = await fromCache.Content.ReadAsStringAsync();
        Assert.Contains("/js/a11y.js", body, StringComparison.Ordinal);
        Assert.Contains("data-a11y-setting=\"scheme\" data-a11y-value=\"blue\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_regular_version_has_no_settings_panel()
    {
        var body = await factory.CreateFormClient().Http.GetStringAsync("/policy");

        Assert.DoesNotContain("a11y-settings", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/js/a11y.js", body, StringComparison.Ordinal);
    }
}
