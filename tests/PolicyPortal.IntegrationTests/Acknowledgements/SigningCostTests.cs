using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.IntegrationTests.Public;
using PolicyPortal.Web.Hosting;
using Xunit.Abstractions;

namespace PolicyPortal.IntegrationTests.Acknowledgements;

/// <summary>
/// What one signing costs besides the password hash (issue 14, «Signing cost»): the SQL commands of opening the document
/// and confirming, counted. bench/AckBench shows the throughput; this keeps the command count from creeping back.
/// </summary>
public sealed class SigningCostTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly CommandCounter commands = new();
    private AcknowledgementPortalFactory factory = default!;
    private FormClient admin = default!;

    public async Task InitializeAsync()
    {
        factory = new AcknowledgementPortalFactory(commands: commands);
        admin = await TestAccounts.SetUpAsync(factory);
    }

    [Fact]
    public async Task Opening_and_signing_a_document_runs_few_sql_commands_whatever_the_number_of_acknowledgers()
    {
        var small = await AcknowledgementArrange.PublishOrderAsync(factory, admin, people: 2, number: "44");
        var large = await AcknowledgementArrange.PublishOrderAsync(factory, admin, people: 60, number: "45");
        var first = await AcknowledgementArrange.SignerAsync(factory, admin, small.People[0], "first@college.test");
        var second = await AcknowledgementArrange.SignerAsync(factory, admin, large.People[1], "second@college.test");

        var (smallOpen, smallSign) = await CountAsync(first, small.DocumentId);
        var (largeOpen, largeSign) = await CountAsync(second, large.DocumentId);
        output.WriteLine($"open: {smallOpen} and {largeOpen} commands; confirm: {smallSign} and {largeSign}");

        Assert.Equal(smallOpen, largeOpen);
        Assert.Equal(smallSign, largeSign);
        Assert.InRange(smallOpen, 1, MaxOpen);
        Assert.InRange(smallSign, 1, MaxSign);
    }

    [Fact]
    public async Task Without_any_institution_name_the_header_does_not_read_a_published_snapshot_on_every_page()
    {
        await using (var scope = factory.Scope(out var db))
        {
            await db.Institutions.ExecuteUpdateAsync(s => s.SetProperty(i => i.ShortName, "").SetProperty(i => i.FullName, ""));
            scope.ServiceProvider.GetRequiredService<InstitutionInfo>().Forget();
        }

        await admin.GetAsync("/policy");
        var before = commands.Texts.Count;
        var (response, page) = await admin.GetAsync("/policy");
        var snapshotReads = commands.Texts.Skip(before).Count(t => t.Contains("SnapshotJson", StringComparison.Ordinal));

        // Before: none found was not kept, so every page read (and parsed) a snapshot twice, title and header.
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, snapshotReads);
        Assert.Equal("Образовательная организация", page.QuerySelector(".brand")!.TextContent.Trim());
    }

    // Before the narrow reads: 8 and 12 (the document row with both JSON copies, parsed twice per request); then 5 and 8,
    // until the ledger stopped asking again whether the person has signed, which the page's one query has just said.
    private const int MaxOpen = 5;
    private const int MaxSign = 7;

    private async Task<(int Open, int Sign)> CountAsync(FormClient signer, Guid documentId)
    {
        var url = $"/my/documents/{documentId}";
        var before = commands.Count;
        var (_, page) = await signer.GetAsync(url);
        var opened = commands.Count;
        var form = (IHtmlFormElement)page.QuerySelector("main form[method=post]")!;
        var (response, _) = await signer.PostFormAsync(form, url, new Dictionary<string, string> { ["Input.Confirmed"] = "true", ["Input.Password"] = TestAccounts.UserPassword });
        Assert.True(FormClient.IsRedirectTo(response, url));
        return (opened - before, commands.Count - opened);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
