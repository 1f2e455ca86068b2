using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Documents;

public sealed class DocumentEditorTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Staff_cannot_create_or_publish()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director);
        using var staff = await TestAccounts.CreateUserAsync(factory, director, "staff@college.test", Roles.Staff);

        var (list, _) = await staff.GetAsync("/director/documents");
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        var create = await staff.PostRawAsync("/director/documents?handler=FromTemplate", [], "/account/change-password");
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        var publish = await staff.PostRawAsync($"/director/documents/{id}/publish", [new("Confirmed", "true")], "/account/change-password");
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);

        Assert.Equal(DocumentStatus.Draft, (await DocumentArrange.LoadAsync(factory, id)).Status);
        await using var scope = factory.Scope(out var db);
        Assert.Equal(1, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task The_check_shows_what_blocks_publication_with_links_to_the_fields()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var (_, page) = await director.GetAsync($"/director/documents/{id}");

        var errors = page.QuerySelectorAll(".check-list.errors a").Select(a => (Text: a.TextContent, Href: a.GetAttribute("href"))).ToList();
        Assert.Contains(errors, e => e.Text.Contains("номер") && e.Href == $"/director/documents/{id}/requisites#Requisites_Number");
        Assert.Contains(errors, e => e.Text.Contains("ознакомления") && e.Href == $"/director/documents/{id}/acknowledgers");
        Assert.Null(page.QuerySelector($"a[href='/director/documents/{id}/publish']"));
    }

    [Fact]
    public async Task Editing_requisites_saves_and_bad_input_is_answered_next_to_the_field_keeping_what_was_typed()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/requisites";

        var longNumber = new string('7', 70);
        var (bad, badPage) = await director.SubmitAsync(url, new Dictionary<string, string> { ["Requisites.Number"] = longNumber, ["Requisites.Title"] = "Мой заголовок" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Equal("Номер не длиннее 64 символов.", FormClient.ErrorFor(badPage, "Requisites.Number"));
        Assert.Equal(longNumber, FormClient.ValueOf(badPage, "Requisites.Number"));
        Assert.Equal("Мой заголовок", FormClient.ValueOf(badPage, "Requisites.Title"));

        var (badDate, badDatePage) = await director.SubmitAsync(url, new Dictionary<string, string> { ["Requisites.Date"] = "1025-04-25", ["Requisites.Number"] = "44" });
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.Equal("Проверьте год в дате документа.", FormClient.ErrorFor(badDatePage, "Requisites.Date"));

        var (good, _) = await director.SubmitAsync(url, new Dictionary<string, string> { ["Requisites.Number"] = "1065/1-о", ["Requisites.Title"] = "Мой заголовок" });
        Assert.True(FormClient.IsRedirectTo(good, url));
        var (_, after) = await director.GetAsync(url);
        Assert.Contains("№\u00a01065/1-о", after.QuerySelector(".part-preview .document")!.TextContent);
        var saved = (await DocumentArrange.LoadAsync(factory, id)).ReadContent();
        Assert.Equal("1065/1-о", saved.Requisites.Number);
        Assert.Equal("Мой заголовок", saved.Requisites.Title);
        Assert.NotEmpty(saved.Appendices[0].Sections);
    }

    [Fact]
    public async Task Two_people_saving_the_same_draft_get_a_conflict_and_the_second_keeps_what_they_typed()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        using var clerk = await TestAccounts.CreateUserAsync(factory, director, "clerk@college.test", Roles.Director, "Рыбакова Анна Андреевна");
        var url = $"/director/documents/{id}/requisites";
        var (_, mine) = await director.GetAsync(url);
        var (_, theirs) = await clerk.GetAsync(url);

        var (first, _) = await director.PostFormAsync(Form(mine), url, new Dictionary<string, string> { ["Requisites.Title"] = "Правка директора" });
        Assert.True(FormClient.IsRedirectTo(first, url));
        var (second, page) = await clerk.PostFormAsync(Form(theirs), url, new Dictionary<string, string> { ["Requisites.Title"] = "Правка секретаря" });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("изменён в другой вкладке или другим пользователем", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Правка секретаря", FormClient.ValueOf(page, "Requisites.Title"));
        Assert.Equal("Правка директора", (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Requisites.Title);
    }

    [Fact]
    public async Task Clauses_and_sections_can_be_added_moved_and_removed_without_losing_typed_text()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/appendix-1";
        var before = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Appendices[0];

        var (added, _) = await director.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Appendix.Sections[0].Clauses[0].Text"] = "Изменённый текст первого пункта",
            ["Op"] = "add-clause:0:0",
        });
        Assert.True(FormClient.IsRedirectTo(added, url + "#s0c1"));
        var afterAdd = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Appendices[0];
        Assert.Equal("Изменённый текст первого пункта", afterAdd.Sections[0].Clauses[0].Text);
        Assert.Equal(before.Sections[0].Clauses.Count + 1, afterAdd.Sections[0].Clauses.Count);
        Assert.Equal("", afterAdd.Sections[0].Clauses[1].Text);

        await director.SubmitAsync(url, new Dictionary<string, string> { ["Op"] = "down-section:0" });
        var afterMove = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Appendices[0];
        Assert.Equal(afterAdd.Sections[0].Title, afterMove.Sections[1].Title);

        await director.SubmitAsync(url, new Dictionary<string, string> { ["Op"] = "renumber-numbers" });
        var renumbered = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Appendices[0];
        Assert.Equal("1.", renumbered.Sections[0].Number);
        Assert.Equal("2.1.", renumbered.Sections[1].Clauses[0].Number);
        Assert.Equal("2.2.", renumbered.Sections[1].Clauses[1].Number);
    }

    [Fact]
    public async Task List_items_keep_their_markers_through_the_editor()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/appendix-1";
        await director.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Appendix.Sections[0].Clauses[0].Items"] = "— первый\n• второй\n⇒ третий\nбез знака",
        });

        var clause = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Appendices[0].Sections[0].Clauses[0];
        Assert.Equal(["—", "•", "⇒", ""], clause.Items.Select(i => i.Marker));
        Assert.Equal(["первый", "второй", "третий", "без знака"], clause.Items.Select(i => i.Text));
    }

    [Fact]
    public async Task Removing_an_appendix_updates_the_items_that_referred_to_later_ones()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var before = (await DocumentArrange.LoadAsync(factory, id)).ReadContent();
        var referringToLast = before.Items.FindIndex(i => i.AppendixNumber == before.Appendices.Count);

        await director.SubmitAsync($"/director/documents/{id}", new Dictionary<string, string> { ["Op"] = "remove-appendix:0" }, "#appendices form");

        var after = (await DocumentArrange.LoadAsync(factory, id)).ReadContent();
        Assert.Equal(before.Appendices.Count - 1, after.Appendices.Count);
        Assert.Equal(before.Appendices.Count - 1, after.Items[referringToLast].AppendixNumber);
    }

    [Fact]
    public async Task Roster_and_acknowledgers_link_to_the_staff_directory()
    {
        var deputy = await DocumentArrange.AddPersonAsync(factory, "Набережнева Светлана Александровна", "Заместитель директора по воспитательной работе");
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var rosterIndex = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Appendices.FindIndex(a => a.Kind == AppendixKind.Roster);

        await director.SubmitAsync($"/director/documents/{id}/appendix-{rosterIndex + 1}", new Dictionary<string, string>
        {
            ["Appendix.Roster[0].Persons"] = "Набережнева Светлана Александровна\nВедущий программист",
        });
        await director.SubmitAsync($"/director/documents/{id}/acknowledgers", new Dictionary<string, string> { ["SelectedPeople"] = deputy.Id.ToString() });

        var content = (await DocumentArrange.LoadAsync(factory, id)).ReadContent();
        var persons = content.Appendices[rosterIndex].Roster[0].Persons;
        Assert.Equal(deputy.Id, persons[0].PersonId);
        Assert.Equal("Заместитель директора по воспитательной работе", persons[0].Position);
        Assert.Equal("Ведущий программист", persons[1].Position);
        Assert.Equal("", persons[1].FullName);
        Assert.Equal(deputy.Id, Assert.Single(content.Acknowledgers).PersonId);
    }

    [Fact]
    public async Task An_item_left_empty_is_refused_on_save_while_a_new_empty_item_can_be_added_and_the_check_names_it()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/items";
        var count = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Items.Count;

        var (added, _) = await director.SubmitAsync(url, new Dictionary<string, string> { ["Op"] = $"add-item:{count - 1}" });
        Assert.True(FormClient.IsRedirectTo(added, url + $"#item{count}"));
        Assert.Equal("", (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Items[count].Text);
        var (_, overview) = await director.GetAsync($"/director/documents/{id}");
        Assert.Contains(overview.QuerySelectorAll(".check-list.errors a"), a => a.GetAttribute("href") == $"/director/documents/{id}/items#item{count}" && a.TextContent.Contains($"Пункт {count + 1}"));

        var (saved, page) = await director.SubmitAsync(url, new Dictionary<string, string> { ["Items[0].Text"] = "Новый текст первого пункта" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Впишите текст пункта или удалите пункт.", FormClient.ErrorFor(page, $"Items[{count}].Text"));
        Assert.Equal("Новый текст первого пункта", FormClient.ValueOf(page, "Items[0].Text"));
        Assert.NotEqual("Новый текст первого пункта", (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Items[0].Text);

        var (removed, _) = await director.SubmitAsync(url, new Dictionary<string, string> { ["Op"] = $"remove-item:{count}" });
        Assert.True(FormClient.IsRedirectTo(removed, url));
        Assert.Equal(count, (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Items.Count);
    }

    [Fact]
    public async Task Saving_requisites_without_a_date_says_that_publication_still_needs_one()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/requisites";

        var (saved, _) = await director.SubmitAsync(url, new Dictionary<string, string> { ["Requisites.Date"] = "", ["Requisites.Number"] = "44" });
        Assert.True(FormClient.IsRedirectTo(saved, url));
        var (_, page) = await director.GetAsync(url);

        var notice = page.QuerySelector(".notice[role=status]")!.TextContent;
        Assert.StartsWith("Сохранено.", notice);
        Assert.Contains("Укажите дату документа.", notice);
        Assert.Null((await DocumentArrange.LoadAsync(factory, id)).ReadContent().Requisites.Date);
    }

    [Fact]
    public async Task The_history_tells_each_change_in_words_not_in_button_codes()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/appendix-1";
        await director.SubmitAsync(url, new Dictionary<string, string> { ["Op"] = "add-clause:1:0" });
        var clause = (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Appendices[0].Sections[1].Clauses[1];
        await director.SubmitAsync(url, new Dictionary<string, string> { ["Op"] = "renumber-numbers" });
        await director.SubmitAsync($"/director/documents/{id}", new Dictionary<string, string> { ["Op"] = "down-appendix:0" }, "#appendices form");

        var (_, overview) = await director.GetAsync($"/director/documents/{id}");
        var history = overview.QuerySelectorAll(".history li").Select(li => li.TextContent).ToList();

        Assert.Contains(history, h => h.Contains("изменён: Приложения: приложение 1 перемещено ниже"));
        Assert.Contains(history, h => h.Contains("изменён: Приложение 1: разделы и пункты перенумерованы"));
        Assert.Contains(history, h => h.Contains($"изменён: Приложение 1: добавлен пункт {clause.Number.TrimEnd('.')}"));
        Assert.All(history, h => Assert.DoesNotMatch(@"\b(add|remove|up|down|renumber|fill)-[a-z]+", h));
    }

    [Fact]
    public async Task A_post_without_a_part_handler_saves_nothing()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/requisites";
        var (_, page) = await director.GetAsync(url);
        var form = Form(page);
        form.SetAttribute("action", url);

        var (response, _) = await director.PostFormAsync(form, url, new Dictionary<string, string> { ["Requisites.Title"] = "Не сохранится" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("Не сохранится", (await DocumentArrange.LoadAsync(factory, id)).ReadContent().Requisites.Title);
    }

    private static AngleSharp.Html.Dom.IHtmlFormElement Form(AngleSharp.Html.Dom.IHtmlDocument page) =>
        (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form:not([action*='logout'])")!;

    public Task DisposeAsync()
    {
        director.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
