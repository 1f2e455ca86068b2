using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>The published portal opened over plain HTTP with the default Security:RequireHttps=true: a Russian page, not a crash.</summary>
public sealed class PlainHttpTests : IDisposable
{
    private readonly PortalFactory factory = new();

    [Fact]
    public async Task The_login_page_over_plain_http_says_what_is_wrong_and_what_to_do()
    {
        await TestAccounts.SetUpAsync(factory);
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var response = await http.GetAsync("/account/login");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Портал открыт без HTTPS", text);
        Assert.Contains("https://localhost/account/login", text);
        Assert.Contains("Security:RequireHttps=false", text);
        Assert.DoesNotContain("Что-то пошло не так", text);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
    }

    public void Dispose() => factory.Dispose();
}
