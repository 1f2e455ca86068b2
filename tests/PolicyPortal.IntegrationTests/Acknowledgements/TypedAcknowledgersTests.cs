using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Acknowledgements;

/// <summary>A name typed under «Не из справочника» is someone who must acknowledge: tracked like everyone else.</summary>
public sealed class TypedAcknowledgersTests : IAsyncLifetime
{
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task A_typed_name_joins_the_directory_and_appears_on_the_status_page_and_the_paper_record_list()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");
        var url = $"/director/documents/{id}/acknowledgers";
        var (_, form) = await director.GetAsync(url);
        var checkedBefore = form.QuerySelectorAll("input[name=SelectedPeople][checked]").Length;
        await director.SubmitAsync(url, new Dictionary<string, string> { ["Op"] = "add-other:-1" });

        var (saved, _) = await director.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Others[0].FullName"] = "Кузнецов Пётр Ильич",
            ["Others[0].Position"] = "Преподаватель",
        });
        Assert.True(FormClient.IsRedirectTo(saved, url));

        await using (var scope = factory.Scope(out var db))
        {
            var person = await db.People.AsNoTracking().SingleAsync(p => p.FullName == "Кузнецов Пётр Ильич");
            Assert.Equal("Преподаватель", person.Position);
            var content = (await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id)).ReadContent();
            Assert.Contains(content.Acknowledgers, a => a.PersonId == person.Id);
        }

        var (_, after) = await director.GetAsync(url);
        Assert.Equal(checkedBefore + 1, after.QuerySelectorAll("input[name=SelectedPeople][checked]").Length);
        Assert.Empty(after.QuerySelectorAll("input[name^='Others[']"));

        Assert.True(FormClient.IsRedirectTo(await DocumentArrange.PublishAsync(director, id), $"/director/documents/{id}"));
        var (_, status) = await director.GetAsync($"/director/documents/{id}/acknowledgements");
        Assert.Equal($"0 из {checkedBefore + 1}", status.QuerySelector("#ack-count")!.TextContent);
        Assert.Contains(status.QuerySelectorAll("#not-signed td"), td => td.TextContent == "Кузнецов Пётр Ильич");
        Assert.Contains(status.QuerySelectorAll("#Paper_PersonId option"), o => o.TextContent.StartsWith("Кузнецов Пётр Ильич", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_position_without_a_name_is_refused_next_to_the_field()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, "46");
        var url = $"/director/documents/{id}/acknowledgers";
        await director.SubmitAsync(url, new Dictionary<string, string> { ["Op"] = "add-other:-1" });

        var (response, page) = await director.SubmitAsync(url, new Dictionary<string, string> { ["Others[0].Position"] = "Преподаватель" });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ознакомиться может только человек", FormClient.ErrorFor(page, "Others[0].FullName"));
        Assert.Equal("Преподаватель", FormClient.ValueOf(page, "Others[0].Position"));
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
