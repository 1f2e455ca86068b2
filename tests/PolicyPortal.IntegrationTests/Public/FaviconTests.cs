using System.Net;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Public;

public sealed class FaviconTests : IDisposable
{
    private readonly PortalFactory factory = new();

    [Fact]
    public async Task The_icon_every_browser_asks_for_is_a_static_file_without_a_cookie()
    {
        using (await TestAccounts.SetUpAsync(factory))
        {
        }

        using var anonymous = factory.CreateFormClient();
        var response = await anonymous.Http.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    public void Dispose() => factory.Dispose();
}
