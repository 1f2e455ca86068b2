using System.Net;
using AngleSharp.Html.Dom;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>The grif of each appendix: from the order, as the source wrote it, or none — chosen in the appendix part.</summary>
public sealed class EditorGrifTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Each_grif_choice_is_saved_and_shown_again()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/appendix-1";
        var (_, page) = await director.GetAsync(url);
        Assert.True(Checked(page, "#Appendix_Grif"));

        await director.SubmitAsync(url, new Dictionary<string, string> { ["Appendix.Grif"] = "None", ["Appendix.GrifOverride"] = "Приложение 1" });
        var appendix = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Appendices[0];
        Assert.True(appendix.WithoutGrif);
        Assert.Null(appendix.GrifOverride);
        (_, page) = await director.GetAsync(url);
        Assert.True(Checked(page, "#Appendix_Grif_None"));
        Assert.DoesNotContain("УТВЕРЖДЕНО", page.QuerySelector(".part-preview .document")!.TextContent);

        await director.SubmitAsync(url, new Dictionary<string, string> { ["Appendix.Grif"] = "AsWritten", ["Appendix.GrifOverride"] = "Приложение 1\nк приказу от 15.09.2025 № 101-о" });
        appendix = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Appendices[0];
        Assert.False(appendix.WithoutGrif);
        Assert.Equal("Приложение 1\nк приказу от 15.09.2025 № 101-о", appendix.GrifOverride);
        (_, page) = await director.GetAsync(url);
        Assert.True(Checked(page, "#Appendix_Grif_AsWritten"));
        Assert.Contains("к приказу от 15.09.2025 № 101-о", page.QuerySelector(".part-preview .document")!.TextContent);

        // A plain save keeps the choice.
        await director.SubmitAsync(url, new Dictionary<string, string>());
        Assert.Equal("Приложение 1\nк приказу от 15.09.2025 № 101-о", (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Appendices[0].GrifOverride);

        await director.SubmitAsync(url, new Dictionary<string, string> { ["Appendix.Grif"] = "FromOrder" });
        appendix = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Appendices[0];
        Assert.False(appendix.WithoutGrif);
        Assert.Null(appendix.GrifOverride);
    }

    [Fact]
    public async Task Without_grif_survives_a_save_of_an_imported_appendix()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        await using (var scope = factory.Scope(out var db))
        {
            var document = db.Documents.Single(d => d.Id == id);
            var content = document.ReadContent();
            content.Appendices[0].WithoutGrif = true;
            document.UpdateDraft(content, "import", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await director.SubmitAsync($"/director/documents/{id}/appendix-1", new Dictionary<string, string>());

        Assert.True((await DocumentArrange.LoadAsync(factory, id)).ReadContent().Appendices[0].WithoutGrif);
    }

    [Fact]
    public async Task Grif_as_written_left_empty_is_answered_next_to_the_field()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);

        var (response, page) = await director.SubmitAsync($"/director/documents/{id}/appendix-1", new Dictionary<string, string> { ["Appendix.Grif"] = "AsWritten", ["Appendix.GrifOverride"] = " " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Впишите гриф", FormClient.ErrorFor(page, "Appendix.GrifOverride"));
        Assert.Equal("#Appendix_GrifOverride", page.QuerySelector("[data-error-summary] a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#Appendix_GrifOverride"));
        Assert.True(Checked(page, "#Appendix_Grif_AsWritten"));
    }

    private static bool Checked(IHtmlDocument page, string selector) => ((IHtmlInputElement)page.QuerySelector(selector)!).IsChecked;

    public Task DisposeAsync()
    {
        director.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
