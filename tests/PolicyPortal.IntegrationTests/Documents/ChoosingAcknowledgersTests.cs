using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>
/// A large staff is chosen by the editor's own forms: all of it, by position, or everyone the order and its appendices
/// name; the per-person boxes come a page at a time and a box on another page keeps its choice.
/// </summary>
public sealed class ChoosingAcknowledgersTests : IAsyncLifetime
{
    private const int Teachers = 140;
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient director = default!;
    private Guid id;
    private string url = "";
    private Person engineer = default!;

    public async Task InitializeAsync()
    {
        director = await TestAccounts.SetUpAsync(factory);
        id = await DocumentArrange.CreateFromTemplateAsync(director);
        url = $"/director/documents/{id}/acknowledgers";
        await using var scope = factory.Scope(out var db);
        for (var i = 0; i < Teachers; i++)
        {
            db.People.Add(new Person { FullName = $"Учителева Анна Петровна {i:D3}", Position = "Преподаватель" });
        }

        engineer = new Person { FullName = "Рыбаков Сергей Сергеевич", Position = "Ведущий программист" };
        db.People.AddRange(engineer, new Person { FullName = "Кухарская Оксана Борисовна", Position = "Заместитель директора" });
        var document = await db.Documents.SingleAsync(d => d.Id == id);
        var content = document.ReadContent();
        content.Acknowledgers.Clear();
        content.Items = [new DirectiveItem { Text = "Назначить ответственным за техническую поддержку", Responsible = [PersonRef.Of("С.С. Рыбаков", "ведущий программист"), PersonRef.Of("Новиков Олег Павлович", "техник")] }];
        document.UpdateDraft(content, "test", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    private async Task<IReadOnlyList<PersonRef>> ListAsync() => (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Acknowledgers;

    private async Task<string> ChooseAsync(Dictionary<string, string> fields)
    {
        var (response, _) = await director.SubmitAsync(url, fields);
        Assert.True(FormClient.IsRedirectTo(response, url), $"{(int)response.StatusCode}");
        var (_, page) = await director.GetAsync(url);
        return page.QuerySelector("[role=status]")!.TextContent;
    }

    [Fact]
    public async Task The_choice_shows_no_printed_order_and_other_parts_print_only_the_first_acknowledgers()
    {
        await ChooseAsync(new() { ["Op"] = "fill-everyone" });

        var (_, choice) = await director.GetAsync(url);
        Assert.Null(choice.QuerySelector(".part-preview"));
        Assert.DoesNotContain("С приказом ознакомлены", choice.Body!.TextContent, StringComparison.Ordinal);

        var (_, requisites) = await director.GetAsync($"/director/documents/{id}/requisites");
        Assert.Equal(Web.Printing.DocumentView.ScreenAcknowledgers, requisites.QuerySelectorAll(".part-preview .ack-table tbody tr").Length);
        var chosen = (await ListAsync()).Count;
        Assert.True(chosen > Teachers);
        Assert.Equal($"…и ещё {chosen - Web.Printing.DocumentView.ScreenAcknowledgers} из {chosen} — весь список печатается в документе и в листе ознакомления.",
            requisites.QuerySelector(".part-preview .ack-more")!.TextContent);
    }

    [Fact]
    public async Task By_position_then_the_named_then_everyone_then_none()
    {
        var (_, page) = await director.GetAsync(url);
        Assert.Contains(page.QuerySelectorAll("label"), l => l.TextContent == "Преподаватель (140)");

        var message = await ChooseAsync(new() { ["Op"] = "fill-positions", ["ChosenPositions"] = "Преподаватель" });
        Assert.Equal("Добавлены в список ознакомления сотрудники в должностях: «Преподаватель»: 140 (уже были в списке: 0).", message);
        var list = await ListAsync();
        Assert.Equal(Teachers, list.Count);
        Assert.All(list, a => Assert.Equal("Преподаватель", a.Position));

        message = await ChooseAsync(new() { ["Op"] = "fill-named" });
        Assert.StartsWith("Добавлены в список ознакомления все, кто назван в приказе и приложениях: 1 ", message);
        Assert.Contains("Не найдены в справочнике: Новиков Олег Павлович;", message, StringComparison.Ordinal);
        Assert.Contains(await ListAsync(), a => a.PersonId == engineer.Id && a.FullName == "Рыбаков Сергей Сергеевич");

        await ChooseAsync(new() { ["Op"] = "fill-everyone" });
        Assert.Equal(Teachers + 2, (await ListAsync()).Count);
        var (_, all) = await director.GetAsync(url);
        Assert.Contains($"В списке ознакомления: {Teachers + 2}", all.QuerySelector("#ack-chosen")!.TextContent, StringComparison.Ordinal);

        await ChooseAsync(new() { ["Op"] = "remove-everyone" });
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task Positions_none_ticked_is_refused_in_Russian_next_to_the_list()
    {
        var (response, page) = await director.SubmitAsync(url, new Dictionary<string, string> { ["Op"] = "fill-positions" });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Отметьте хотя бы одну должность", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task Boxes_come_a_page_at_a_time_and_unticking_on_one_page_keeps_the_others()
    {
        await ChooseAsync(new() { ["Op"] = "fill-everyone" });
        var (_, first) = await director.GetAsync(url);
        var boxes = first.QuerySelectorAll("input[name=SelectedPeople]");
        Assert.Equal(100, boxes.Length);
        var next = first.QuerySelectorAll("a").Single(a => a.TextContent == "Следующие →").GetAttribute("href")!;

        // Untick the first person of page 1 by posting the form as it is, without that box.
        var keep = boxes.Skip(1).Select(b => new KeyValuePair<string, string>("SelectedPeople", b.GetAttribute("value")!));
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)first.QuerySelector("main form")!;
        foreach (var box in boxes)
        {
            ((AngleSharp.Html.Dom.IHtmlInputElement)box).IsChecked = false;
        }

        var fields = new List<KeyValuePair<string, string>>(keep)
        {
            new("__RequestVerificationToken", first.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Revision", first.QuerySelector("input[name=Revision]")!.GetAttribute("value")!),
        };
        fields.AddRange(boxes.Select(b => new KeyValuePair<string, string>("ShownPeople", b.GetAttribute("value")!)));
        var response = await director.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
        Assert.True(FormClient.IsRedirectTo(response, url));

        var list = await ListAsync();
        Assert.Equal(Teachers + 1, list.Count);
        Assert.DoesNotContain(list, a => a.PersonId == Guid.Parse(boxes[0].GetAttribute("value")!));

        var (_, second) = await director.GetAsync(url + next);
        Assert.Equal(Teachers + 2 - 100, second.QuerySelectorAll("input[name=SelectedPeople]").Length);
        Assert.All(second.QuerySelectorAll("input[name=SelectedPeople]"), b => Assert.True(b.HasAttribute("checked")));
    }

    [Fact]
    public async Task The_search_shows_only_matching_people_and_saving_keeps_everyone_else()
    {
        await ChooseAsync(new() { ["Op"] = "fill-everyone" });
        var (_, found) = await director.GetAsync(url + "?q=" + Uri.EscapeDataString("программист"));
        Assert.Single(found.QuerySelectorAll("input[name=SelectedPeople]"));

        var (response, _) = await director.SubmitAsync(url + "?q=" + Uri.EscapeDataString("программист"), new Dictionary<string, string> { ["SelectedPeople"] = Guid.Empty.ToString() });
        Assert.True(FormClient.IsRedirectTo(response, url));

        var list = await ListAsync();
        Assert.Equal(Teachers + 1, list.Count);
        Assert.DoesNotContain(list, a => a.PersonId == engineer.Id);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
