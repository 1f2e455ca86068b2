using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Acknowledgements;

namespace PolicyPortal.IntegrationTests.Acknowledgements;

/// <summary>The director filters the sheet; a sheet once opened is printed again in the background, not by the next download.</summary>
public sealed class SheetFilterAndPrintsTests : IAsyncLifetime
{
    private readonly AcknowledgementPortalFactory factory = new(withPdfs: true);
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    private async Task<string> SheetAsync(Guid id, string show = "")
    {
        var response = await director.Http.GetAsync($"/director/documents/{id}/acknowledgements?handler=Sheet{show}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        return string.Join(' ', PdfReading.PageTexts(await response.Content.ReadAsByteArrayAsync()));
    }

    private static bool Lists(string text, string fullName) => PdfReading.FirstMissingInOrder(PdfReading.Words(fullName), PdfReading.Words(text)) is null;

    [Fact]
    public async Task The_director_prints_only_the_acknowledged_or_only_those_not_yet()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director, people: 3);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, director, order.People[0], "deputy@college.test");
        await AcknowledgementArrange.SignAsync(deputy, order.DocumentId);

        var (_, status) = await director.GetAsync($"/director/documents/{order.DocumentId}/acknowledgements");
        var signedLink = status.QuerySelectorAll("a").Single(a => a.TextContent == "ознакомленные").GetAttribute("href")!;
        var notSignedLink = status.QuerySelectorAll("a").Single(a => a.TextContent == "не ознакомленные").GetAttribute("href")!;

        var signed = await SheetAsync(order.DocumentId, "&" + signedLink.Split('&').Last());
        Assert.Contains("Выборка: только ознакомленные (1)", signed, StringComparison.Ordinal);
        Assert.True(Lists(signed, order.People[0].FullName));
        Assert.False(Lists(signed, order.People[1].FullName));

        var notSigned = await SheetAsync(order.DocumentId, "&" + notSignedLink.Split('&').Last());
        Assert.Contains("Выборка: только не ознакомленные (2)", notSigned, StringComparison.Ordinal);
        Assert.False(Lists(notSigned, order.People[0].FullName));
        Assert.True(Lists(notSigned, order.People[1].FullName) && Lists(notSigned, order.People[2].FullName));

        var response = await director.Http.GetAsync($"/director/documents/{order.DocumentId}/acknowledgements?handler=Sheet&show=NotSigned");
        Assert.Contains("не ознакомленные", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_acknowledgement_the_opened_sheet_is_printed_in_the_background_and_the_download_prints_nothing()
    {
        var prints = factory.Services.GetRequiredService<SheetRenderings>();
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director, people: 2);
        await SheetAsync(order.DocumentId);
        await SheetAsync(order.DocumentId);
        Assert.Equal(1, prints.Prints);

        var deputy = await AcknowledgementArrange.SignerAsync(factory, director, order.People[0], "deputy@college.test");
        await AcknowledgementArrange.SignAsync(deputy, order.DocumentId);
        await prints.IdleAsync(order.DocumentId);
        var afterBackground = prints.Prints;
        Assert.Equal(2, afterBackground);

        var text = await SheetAsync(order.DocumentId);
        Assert.Contains(AcknowledgementSheet.Electronic, text, StringComparison.Ordinal);
        Assert.Equal(afterBackground, prints.Prints);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
