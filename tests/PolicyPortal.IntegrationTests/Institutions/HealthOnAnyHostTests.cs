using System.Net;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Institutions;

/// <summary>
/// A balancer or a monitor probes a node by its IP address, a host no institution owns. With several institutions such
/// a host answers 404 for every page, but «/health» reports the node whatever host it is asked on.
/// </summary>
public sealed class HealthOnAnyHostTests : IAsyncLifetime
{
    private readonly TwoInstitutionsFactory factory = new();

    public async Task InitializeAsync()
    {
        await TestAccounts.SetUpAsync(factory);
        await factory.AddInstitutionBAsync(withAdministrator: false);
    }

    [Fact]
    public async Task Health_answers_on_a_host_no_institution_owns_while_pages_there_are_not_found()
    {
        var byAddress = factory.CreateDefaultClient(new Uri("https://10.0.0.7:8443"));

        var health = await byAddress.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("ok", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await byAddress.GetAsync("/policy")).StatusCode);
    }

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();
}
