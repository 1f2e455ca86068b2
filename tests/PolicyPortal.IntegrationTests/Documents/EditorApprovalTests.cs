using System.Net;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>The document's own approval and the paper acknowledgement table, set in the requisites part.</summary>
public sealed class EditorApprovalTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Choosing_approval_by_order_saves_its_fields_and_keeps_the_other_forms_empty()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/requisites";

        var (response, _) = await director.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Approval.Choice"] = "ByOrder",
            ["Approval.OrderAuthority"] = " директора ГАПОУ СО «БПТ» ",
            ["Approval.OrderDate"] = "2025-10-13",
            ["Approval.OrderDateAsWritten"] = "13.10.2025г.",
            ["Approval.OrderNumber"] = "",
            ["Approval.PersonalName"] = "Н.А. Ермакова",
            ["Approval.CouncilBody"] = "Советом колледжа",
        });

        Assert.True(FormClient.IsRedirectTo(response, url));
        var approval = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Approval!;
        Assert.Equal(ApprovalForm.ByOrder, approval.Form);
        Assert.Equal("УТВЕРЖДЕНО", approval.Keyword);
        Assert.Equal("директора ГАПОУ СО «БПТ»", approval.OrderAuthority);
        Assert.Equal(new DateOnly(2025, 10, 13), approval.OrderDate);
        Assert.Equal("13.10.2025г.", approval.OrderDateAsWritten);
        Assert.Equal("", approval.OrderNumber);
        Assert.Equal("", approval.Name);
        Assert.Equal("", approval.Body);
        Assert.Null(approval.Date);

        var (_, page) = await director.GetAsync(url);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Approval_Choice_ByOrder")!).IsChecked);
        Assert.Equal("", FormClient.ValueOf(page, "Approval.PersonalName"));
        Assert.Contains("приказом директора ГАПОУ СО «БПТ»", page.QuerySelector(".part-preview .document")!.TextContent);

        await director.SubmitAsync(url, new Dictionary<string, string> { ["Approval.Choice"] = "None" });
        Assert.Null((await DocumentArrange.LoadAsync(factory, id)).ReadContent().Approval);
    }

    [Fact]
    public async Task Saving_an_imported_document_keeps_every_field_of_its_approval()
    {
        var approvals = new[]
        {
            new DocumentApproval { Form = ApprovalForm.Personal, Keyword = "УТВЕРЖДАЮ", Position = "Директор ТОГБПОУ «Уваровский политехнический колледж»", Name = "Н.А. Ермакова", Date = new DateOnly(2025, 3, 3), DateAsWritten = "« 3 » марта 2025 г." },
            new DocumentApproval { Form = ApprovalForm.ByOrder, Keyword = "УТВЕРЖДЕНО", Position = "Директор", Name = "А.В. Иванов", OrderAuthority = "директора ГАПОУ СО «БПТ»", OrderDate = new DateOnly(2025, 10, 13), OrderDateAsWritten = "13.10.2025г.", OrderNumber = "422" },
            new DocumentApproval { Form = ApprovalForm.ByCouncil, Keyword = "ПРИНЯТО", Body = "Советом ГАПОУ СО «БПТ»", ProtocolNumber = "7", Date = new DateOnly(2025, 10, 13), DateAsWritten = "13 октября 2025 г." },
        };
        foreach (var imported in approvals)
        {
            var id = await DocumentArrange.CreateFromTemplateAsync(director);
            await SetAsync(id, c => c.Approval = imported);
            var before = Json(imported);

            var (response, _) = await director.SubmitAsync($"/director/documents/{id}/requisites", new Dictionary<string, string>());

            Assert.True(FormClient.IsRedirectTo(response, $"/director/documents/{id}/requisites"));
            Assert.Equal(before, Json((await DocumentArrange.LoadAsync(factory, id)).ReadContent().Approval!));
        }
    }

    [Fact]
    public async Task A_bad_year_in_the_approval_is_answered_next_to_the_field_and_linked_from_the_summary()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);

        var (response, page) = await director.SubmitAsync($"/director/documents/{id}/requisites", new Dictionary<string, string>
        {
            ["Approval.Choice"] = "ByCouncil",
            ["Approval.CouncilBody"] = "решением педагогического совета",
            ["Approval.CouncilDate"] = "1025-04-12",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Проверьте год в дате.", FormClient.ErrorFor(page, "Approval.CouncilDate"));
        var link = page.QuerySelector("[data-error-summary] a")!.GetAttribute("href")!;
        Assert.Equal("#Approval_CouncilDate", link);
        Assert.NotNull(page.QuerySelector(link));
        Assert.Equal("решением педагогического совета", FormClient.ValueOf(page, "Approval.CouncilBody"));
        Assert.Null((await DocumentArrange.LoadAsync(factory, id)).ReadContent().Approval);
    }

    [Fact]
    public async Task The_paper_acknowledgement_table_can_be_switched_off_and_on()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/requisites";
        var (_, page) = await director.GetAsync(url);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#AcknowledgementBlock")!).IsChecked);

        await director.SubmitAsync(url, new Dictionary<string, string> { ["AcknowledgementBlock"] = null! });
        Assert.False((await DocumentArrange.LoadAsync(factory, id)).ReadContent().AcknowledgementBlock);
        (_, page) = await director.GetAsync(url);
        Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#AcknowledgementBlock")!).IsChecked);

        await director.SubmitAsync(url, new Dictionary<string, string> { ["AcknowledgementBlock"] = "true" });
        Assert.True((await DocumentArrange.LoadAsync(factory, id)).ReadContent().AcknowledgementBlock);
    }

    private async Task SetAsync(Guid id, Action<DocumentContent> change)
    {
        await using var scope = factory.Scope(out var db);
        var document = db.Documents.Single(d => d.Id == id);
        var content = document.ReadContent();
        change(content);
        document.UpdateDraft(content, "import", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    private static string Json(DocumentApproval approval) => System.Text.Json.JsonSerializer.Serialize(approval);

    public Task DisposeAsync()
    {
        director.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
