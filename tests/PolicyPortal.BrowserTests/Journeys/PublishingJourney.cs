using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PolicyPortal.BrowserTests.Infrastructure;
using PolicyPortal.BrowserTests.Pages;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.IntegrationTests.Word;

namespace PolicyPortal.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed partial class PublishingJourney(BrowserFixture fixture)
{
    private const string DirectorEmail = "director@uvarovo.test";
    private const string Password = "зелёный чай по утрам";
    private const string Director = "Рыбаков Сергей Сергеевич";

    [Fact]
    public async Task A_director_publishes_from_the_college_template_then_publishes_a_new_edition_that_supersedes_it()
    {
        using var portal = BrowserFixture.StartPortal();
        await using var context = await fixture.Browser.NewContextAsync(LivePortal.ContextOptions);
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/");
        await new SetupPage(page).CompleteAsDirectorAsync(DirectorEmail, Password);
        await DocumentArrange.AddPersonAsync(portal.Factory, "Кухарская Оксана Борисовна", "Заместитель директора по учебной работе");
        await AddDirectorToStaffAsync(portal);
        await Steps.ShowAsync(page, "10-director-dashboard");

        await Steps.MenuAsync(page, "Документы");
        await Steps.ShowAsync(page, "10-documents-empty");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "По типовому шаблону" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Проверка перед публикацией" })).ToBeVisibleAsync();
        await Steps.ShowAsync(page, "10-check-errors");

        // Every part of the editor, opened from its menu and looked at.
        var parts = await page.GetByRole(AriaRole.Navigation, new() { Name = "Части документа" }).GetByRole(AriaRole.Link).AllInnerTextsAsync();
        for (var i = 1; i < parts.Count; i++)
        {
            await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Navigation, new() { Name = "Части документа" }).GetByRole(AriaRole.Link, new() { Name = parts[i], Exact = true }));
            await Steps.ShowAsync(page, $"10-part-{i}");
        }

        // A date that does not exist: the summary at the top of the form has the focus and links to the field.
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Пункты приказа") }));
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Вставить пункт после пункта 1" }));
        await Assertions.Expect(page.Locator("#Items_1__Text")).ToBeFocusedAsync();
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }));
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToContainTextAsync("Впишите текст пункта или удалите пункт.");
        await Steps.ShowAsync(page, "10-empty-item-refused", fullPage: false);
        await page.Locator("[data-error-summary] a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#Items_1__Text")).ToBeFocusedAsync();
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Удалить пункт 2" }));
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = OverviewLink() }));

        // The check's first error links straight to the number field.
        await Arrival.ClickAsync(page, page.Locator(".check-list.errors a", new() { HasTextString = "номер" }));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/requisites#Requisites_Number$"));
        await page.GetByLabel("Номер", new() { Exact = true }).FillAsync("44");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }));
        await Screenshots.TakeAsync(page, "11-requisites");

        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = OverviewLink() }));
        await Arrival.ClickAsync(page, page.Locator(".check-list.errors a", new() { HasTextString = "ознакомления" }));
        await page.GetByLabel("Кухарская Оксана Борисовна, Заместитель директора по учебной работе").CheckAsync();
        await page.GetByLabel($"{Director}, Директор").CheckAsync();
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }));

        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = OverviewLink() }));
        await Assertions.Expect(page.GetByText("Ошибок нет")).ToBeVisibleAsync();

        // The draft as a Word file, from its preview, beside the PDF marked «ПРОЕКТ».
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Предпросмотр", Exact = true }));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "PDF с отметкой «ПРОЕКТ»" })).ToBeVisibleAsync();
        var draft = await DownloadAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Скачать DOCX", Exact = true }));
        Assert.Matches(@"^Проект\. Приказ № 44 от \d\d\.\d\d\.\d{4}\.docx$", draft.Name);
        Assert.Contains("ПРИКАЗ", DocxExportTests.Lines(draft.Bytes));
        Assert.StartsWith("ПРОЕКТ.", DocxExportTests.FirstPageHeader(draft.Bytes), StringComparison.Ordinal);
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "← К документу" }));
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Опубликовать…" }));
        await page.GetByLabel("Документ подписан руководителем и готов к публикации").CheckAsync();
        await Steps.ShowAsync(page, "11-publish");
        // A double click publishes once and lands on the published document.
        await page.GetByRole(AriaRole.Button, new() { Name = "Опубликовать" }).DblClickAsync();
        await Assertions.Expect(page.GetByText("Документ опубликован.")).ToBeVisibleAsync();
        await Steps.ShowAsync(page, "11-published");

        // The published order's Word file sits with its PDFs, marked as the editable copy of the signed original.
        var copy = await DownloadAsync(page, page.Locator("ul.file-list").GetByRole(AriaRole.Link, new() { Name = "Скачать DOCX", Exact = true }));
        Assert.Matches(@"^Приказ № 44 от \d\d\.\d\d\.\d{4} \(редактируемая копия\)\.docx$", copy.Name);
        Assert.StartsWith("Редактируемая копия.", DocxExportTests.FirstPageHeader(copy.Bytes), StringComparison.Ordinal);

        // The director is among those who acknowledge the order they published: from «Мои документы», like anyone.
        await Steps.MenuAsync(page, "Мои документы");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Приказ №\s44 от") }));
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Прочитать и принять соглашение" }));
        await new MyDocumentPage(page).AcceptAgreementAsync();
        await page.GetByLabel("С документом ознакомлен(а)").CheckAsync();
        await page.GetByLabel("Ваш пароль").FillAsync(Password);
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Подтвердить ознакомление" }));
        await Assertions.Expect(page.Locator("#acknowledged")).ToBeVisibleAsync();
        await Steps.ShowAsync(page, "11-director-acknowledged", fullPage: false);
        await Steps.MenuAsync(page, "Документы");
        await Arrival.ClickAsync(page, page.Locator("tr", new() { HasTextString = "№\u00a044" }).GetByRole(AriaRole.Link).First);
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Кто ознакомился, напоминания, лист ознакомления" }));
        await Assertions.Expect(page.Locator("#ack-count")).ToHaveTextAsync("1 из 2");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "← К документу" }));

        // Next year's edition: a copy, one clause changed, published in place of the first.
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Сделать новую редакцию" }));
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Реквизиты") }));
        await page.GetByLabel("Номер", new() { Exact = true }).FillAsync("45");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }));
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Приложение 1") }));
        await page.Locator("#Appendix_Sections_0__Clauses_0__Text").FillAsync("Порядок в новой редакции определяет правила применения сервисов взаимодействия.");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }));
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToContainTextAsync("Сохранено.");
        await Screenshots.TakeAsync(page, "12-regulation-editor");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = OverviewLink() }));
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Опубликовать…" }));
        await Assertions.Expect(page.GetByLabel("Заменяет документ (он утратит силу)")).ToContainTextAsync("№\u00a044");
        await page.GetByLabel("Документ подписан руководителем и готов к публикации").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Опубликовать" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Документ опубликован.")).ToBeVisibleAsync();

        await Steps.MenuAsync(page, "Документы");
        await Assertions.Expect(page.Locator("tr", new() { HasTextString = "№\u00a044" })).ToContainTextAsync("утратил силу");
        await Assertions.Expect(page.Locator("tr", new() { HasTextString = "№\u00a045" })).ToContainTextAsync("действует");
        await Steps.ShowAsync(page, "13-documents");
        await Arrival.ClickAsync(page, page.Locator("tr", new() { HasTextString = "№\u00a044" }).GetByRole(AriaRole.Link).First);
        await Assertions.Expect(page.Locator("h1 .status")).ToHaveTextAsync("утратил силу");
    }

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(await download.PathAsync()));
    }

    /// <summary>The director in the staff directory, linked to the account set up at first run.</summary>
    private static async Task AddDirectorToStaffAsync(LivePortal portal)
    {
        await using var scope = portal.Factory.Scope(out var db);
        var account = await db.Users.SingleAsync(u => u.Email == DirectorEmail);
        db.People.Add(new Person { FullName = Director, Position = "Директор", Email = DirectorEmail, UserId = account.Id });
        await db.SaveChangesAsync();
    }

    [GeneratedRegex("^Обзор")]
    private static partial Regex OverviewLink();
}
