using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Pages.My;

namespace PolicyPortal.IntegrationTests.Forms;

/// <summary>
/// Every refused form answers the GOV.UK way: a summary at the top of the form (focused by site.js) lists each error
/// as a link to its field, the error is also next to the field, and what was typed is kept.
/// </summary>
public sealed class ErrorSummaryTests : IAsyncLifetime
{
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task A_date_that_does_not_exist_is_refused_in_Russian_with_the_field_name_and_nothing_is_saved()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(admin);
        var url = $"/director/documents/{id}/requisites";
        var before = (await DocumentArrange.LoadAsync(factory, id)).Revision;

        var (response, page) = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Requisites.Date"] = "31.02.2025", ["Requisites.Number"] = "45-о" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = "Значение «31.02.2025» не подходит для поля «Дата приказа».";
        Assert.Equal([("#Requisites_Date", expected)], Summary(page, "main form"));
        Assert.Equal(expected, FormClient.ErrorFor(page, "Requisites.Date"));
        Assert.Equal("45-о", FormClient.ValueOf(page, "Requisites.Number"));
        Assert.Null(page.QuerySelector(".notice[role=status]"));
        Assert.Equal(before, (await DocumentArrange.LoadAsync(factory, id)).Revision);
    }

    [Fact]
    public async Task Every_date_field_takes_four_digit_years_only()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(admin);
        foreach (var url in new[] { $"/director/documents/{id}/requisites", $"/director/documents/{id}/items", "/admin/prohibited" })
        {
            var (_, page) = await admin.GetAsync(url);
            var dates = page.QuerySelectorAll("input[type=date]");
            Assert.NotEmpty(dates);
            Assert.All(dates, d => Assert.Equal("9999-12-31", d.GetAttribute("max")));
        }

        var (response, refused) = await admin.SubmitAsync($"/director/documents/{id}/requisites", new Dictionary<string, string> { ["Requisites.Date"] = "22025-12-01" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Значение «22025-12-01» не подходит для поля «Дата приказа».", FormClient.ErrorFor(refused, "Requisites.Date"));
    }

    [Fact]
    public async Task An_empty_directive_item_is_refused_next_to_it()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(admin);
        var (response, page) = await admin.SubmitAsync($"/director/documents/{id}/items", new Dictionary<string, string> { ["Items[1].Text"] = "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([("#Items_1__Text", "Впишите текст пункта или удалите пункт.")], Summary(page, "main form"));
        Assert.Equal("Впишите текст пункта или удалите пункт.", FormClient.ErrorFor(page, "Items[1].Text"));
        Assert.NotNull(page.QuerySelector("#Items_1__Text"));
    }

    [Fact]
    public async Task A_bad_clause_of_the_regulation_is_refused_at_the_top_and_next_to_it_keeping_what_was_typed_and_saving_nothing()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(admin);
        var before = await DocumentArrange.LoadAsync(factory, id);
        const string badNumber = "Номер пункта — числа через точку, как в документе: «3.6.» или «3.6.1.»; у абзаца без номера — пусто.";
        const string empty = "Впишите текст пункта или удалите пункт.";

        var (response, page) = await admin.SubmitAsync($"/director/documents/{id}/appendix-1", new Dictionary<string, string>
        {
            ["Appendix.Sections[0].Clauses[0].Text"] = "Новый текст первого пункта",
            ["Appendix.Sections[0].Clauses[1].Number"] = "1..2",
            ["Appendix.Sections[1].Clauses[0].Text"] = "  ",
            ["Appendix.Sections[1].Clauses[0].Items"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([("#Appendix_Sections_0__Clauses_1__Number", badNumber), ("#Appendix_Sections_1__Clauses_0__Text", empty)], Summary(page, "main form"));
        Assert.Equal(badNumber, FormClient.ErrorFor(page, "Appendix.Sections[0].Clauses[1].Number"));
        Assert.Equal(empty, FormClient.ErrorFor(page, "Appendix.Sections[1].Clauses[0].Text"));
        var field = page.QuerySelector("#Appendix_Sections_1__Clauses_0__Text")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal(empty, page.QuerySelector("#" + field.GetAttribute("aria-describedby"))!.TextContent);
        Assert.Null(FormClient.ErrorFor(page, "Appendix.Sections[0].Clauses[0].Text"));
        Assert.Equal("Новый текст первого пункта", FormClient.ValueOf(page, "Appendix.Sections[0].Clauses[0].Text"));
        Assert.Equal("1..2", FormClient.ValueOf(page, "Appendix.Sections[0].Clauses[1].Number"));
        Assert.Null(page.QuerySelector(".notice[role=status]"));
        var after = await DocumentArrange.LoadAsync(factory, id);
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal(before.ContentJson, after.ContentJson);
    }

    [Fact]
    public async Task A_number_that_is_not_a_number_is_refused_on_the_registry_form_and_nothing_is_added()
    {
        int count;
        await using (factory.Scope(out var db))
        {
            count = await db.Services.CountAsync();
        }

        var (response, page) = await admin.SubmitAsync("/admin/services", new Dictionary<string, string>
        {
            ["Input.Name"] = "Новый сервис", ["Input.Kind"] = "мессенджер", ["Input.Purpose"] = "Сообщения.", ["Input.SortOrder"] = "пять",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(("#Input_SortOrder", "Значение «пять» не подходит для поля «Порядок в списке»."), Summary(page, "main"));
        Assert.Equal("Новый сервис", FormClient.ValueOf(page, "Input.Name"));
        await using (factory.Scope(out var db))
        {
            Assert.Equal(count, await db.Services.CountAsync());
        }
    }

    [Fact]
    public async Task The_sign_in_form_lists_its_errors_at_its_top()
    {
        using var visitor = factory.CreateFormClient();
        var (response, page) = await visitor.SubmitAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = Summary(page, "main form");
        Assert.Contains(summary, e => e.Href == "#Input_Email");
        Assert.Contains(summary, e => e.Href == "#Input_Password");
    }

    [Fact]
    public async Task A_page_without_a_summary_of_its_own_gets_one_from_the_layout()
    {
        var (response, page) = await admin.SubmitAsync("/director/staff", new Dictionary<string, string> { ["Input.FullName"] = "" }, "form[action*='handler=Create']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("[data-error-summary]"));
        Assert.Contains(Summary(page, "main"), e => e.Href == "#Input_FullName");
    }

    [Fact]
    public async Task A_wrong_password_when_signing_is_summarised_at_the_top_of_the_signing_form_not_at_the_top_of_the_page()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "deputy@college.test");

        var (wrong, page) = await AcknowledgementArrange.SignAsync(deputy, order.DocumentId, password: "not-my-password");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal([("#Input_Password", SignModel.WrongPassword)], Summary(page, "#sign-title ~ form"));
        Assert.Single(page.QuerySelectorAll("[data-error-summary]"));

        var (unticked, uncheckedPage) = await AcknowledgementArrange.SignAsync(deputy, order.DocumentId, extra: new() { ["Input.Confirmed"] = "false" });
        Assert.Equal(HttpStatusCode.OK, unticked.StatusCode);
        Assert.Equal([("#Input_Confirmed", "Отметьте «С документом ознакомлен(а)».")], Summary(uncheckedPage, "#sign-title ~ form"));
    }

    /// <summary>The summary's entries (link target, text) inside <paramref name="scope"/>; the summary is focusable.</summary>
    private static List<(string? Href, string Text)> Summary(IHtmlDocument page, string scope)
    {
        var summary = page.QuerySelector($"{scope} [data-error-summary]") ?? throw new Xunit.Sdk.XunitException($"No error summary in «{scope}».");
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.Equal("alert", summary.GetAttribute("role"));
        return summary.QuerySelectorAll("li").Select(li => (li.QuerySelector("a")?.GetAttribute("href"), li.TextContent.Trim())).ToList();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
