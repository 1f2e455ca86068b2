using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PolicyPortal.BrowserTests.Infrastructure;
using PolicyPortal.BrowserTests.Pages;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.BrowserTests.Journeys;

/// <summary>
/// A director imports an order whose header holds two lines the importer cannot place, sorts them in the panel beside
/// the editor (one discarded as noise, one made a mark after a refused first try), and publishes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class UnrecognisedTextJourney(BrowserFixture fixture)
{
    private const string Noise = "ИНН 6829000000 ОГРН 1026801000000";
    private const string Considered = "Учтено Управляющим советом 28.08.2025";

    private const string Source = $"""
        Управление образования администрации г. Энска
        Муниципальное бюджетное общеобразовательное учреждение «Школа № 1»
        {Noise}
        {Considered}
        ПРИКАЗ
        01.09.2025 № 5
        г. Энск
        О применении сервисов
        приказываю:
        1. Утвердить Порядок применения сервисов (Приложение 1).
        2. Контроль оставляю за собой.
        Директор И.И. Иванова
        Приложение 1
        к приказу от 01.09.2025 № 5
        ПОРЯДОК
        применения сервисов
        1. Общие положения
        1.1. Порядок определяет правила применения сервисов.
        2. Заключительные положения
        2.1. Изменения вносятся приказом директора.
        """;

    [Fact]
    public async Task A_director_sorts_the_unrecognised_text_of_an_import_in_the_panel_and_then_publishes()
    {
        using var portal = BrowserFixture.StartPortal();
        await using var context = await fixture.Browser.NewContextAsync(LivePortal.ContextOptions);
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/");
        await new SetupPage(page).CompleteAsDirectorAsync("director@energy.test", "зелёный чай по утрам");
        await DocumentArrange.AddPersonAsync(portal.Factory, "Кухарская Оксана Борисовна", "Заместитель директора по учебной работе");

        await Steps.MenuAsync(page, "Документы");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Импорт готового документа" }));
        await page.GetByLabel("Текст документа").FillAsync(Source);
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Импортировать как черновик" }));
        await Assertions.Expect(page.GetByText("Документ импортирован.")).ToBeVisibleAsync();

        // The overview says why it cannot be published and leads to the panel.
        await Arrival.ClickAsync(page, page.Locator(".check-list.errors a", new() { HasTextString = "Нераспознанный текст" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Разнесите нераспознанный текст" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".fragment-text")).ToHaveTextAsync([Noise, Considered]);
        await Steps.ShowAsync(page, "30-unrecognised-panel");

        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Отбросить фрагмент 1 как шум" }));
        await Assertions.Expect(page.GetByText($"«{Noise}» отброшено как шум")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".fragment-text")).ToHaveTextAsync([Considered]);

        // A mark with no keyword of its own: the kind is asked for, by the summary (focused) and beside the field.
        await page.GetByLabel("Что это (фрагмент 1)").SelectOptionAsync(new SelectOptionValue { Label = "Отметка («СОГЛАСОВАНО», «ПРИНЯТО», «РАССМОТРЕНО И ОДОБРЕНО…»)" });
        await page.GetByLabel("Где стоит отметка").SelectOptionAsync(new SelectOptionValue { Label = "вверху слева" });
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Отнести фрагмент 1" }));
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#Fragment0_MarkKind-error")).ToContainTextAsync("выберите вид отметки");
        await Assertions.Expect(page.GetByLabel("Что это (фрагмент 1)")).ToHaveValueAsync("Mark");
        await Steps.ShowAsync(page, "31-unrecognised-refused", fullPage: false);
        await page.Locator("[data-error-summary] a").First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Вид отметки")).ToBeFocusedAsync();
        await page.GetByLabel("Вид отметки").SelectOptionAsync(new SelectOptionValue { Label = "РАССМОТРЕНО" });
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Отнести фрагмент 1" }));
        await Assertions.Expect(page.GetByText("Весь нераспознанный текст разнесён.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".fragments-document")).ToContainTextAsync("Управляющим советом");
        await Steps.ShowAsync(page, "32-unrecognised-done");

        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Ознакомление (0)" }));
        await page.GetByLabel("Кухарская Оксана Борисовна, Заместитель директора по учебной работе").CheckAsync();
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }));
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = OverviewLink() }));
        await Assertions.Expect(page.GetByText("Ошибок нет")).ToBeVisibleAsync();
        var history = page.Locator(".history");
        await Assertions.Expect(history).ToContainTextAsync($"Нераспознанный текст: «{Noise}» отброшено как шум");
        await Assertions.Expect(history).ToContainTextAsync($"Нераспознанный текст: «{Considered}» — отметка «РАССМОТРЕНО» документа");

        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Опубликовать…" }));
        await page.GetByLabel("Документ подписан руководителем и готов к публикации").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Опубликовать" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Документ опубликован.")).ToBeVisibleAsync();
        await Steps.ShowAsync(page, "33-unrecognised-published");
    }

    [GeneratedRegex("^Обзор")]
    private static partial Regex OverviewLink();
}
