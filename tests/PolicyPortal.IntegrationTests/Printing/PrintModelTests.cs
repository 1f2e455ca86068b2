using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.IntegrationTests.Printing;

/// <summary>The PDF follows the document model exactly: each approval form, marks where they stand, grifs as chosen, dates as written.</summary>
public sealed class PrintModelTests(PrintModelTests.Portal portal) : IClassFixture<PrintModelTests.Portal>
{
    public sealed class Portal : IDisposable
    {
        public PdfPortalFactory Factory { get; } = new();

        public async Task<byte[]> PdfAsync(DocumentContent content, int? onlyAppendix = null)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var view = View(content) with { OnlyAppendix = onlyAppendix };
            var pdf = await scope.ServiceProvider.GetRequiredService<PdfRenderer>().RenderDocumentAsync(view, CancellationToken.None);
            if (Environment.GetEnvironmentVariable("PP_PDF_OUT") is { Length: > 0 } folder)
            {
                var name = $"{content.Requisites.DocumentTypeName}-{content.Requisites.Number}-{onlyAppendix}.pdf";
                await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(folder).FullName, name), pdf);
            }

            return pdf;
        }

        public void Dispose() => Factory.Dispose();
    }

    public static DocumentView View(DocumentContent content) =>
        new(content, Guid.NewGuid(), DocumentStatus.Published, PdfPortalFactory.PublishedAt, "hash", PdfPortalFactory.BaseUrl + "/documents/1");

    [Fact]
    public async Task A_procedure_approved_by_an_order_prints_that_order_with_its_blank_number_and_no_invented_approval_or_number()
    {
        var pdf = await portal.PdfAsync(PrintSamples.ProcedureApprovedByOrder());
        var first = PdfText.Page(pdf, 1);

        Assert.Contains("УТВЕРЖДЕНО приказом директора ГАПОУ СО «БПТ» от 13.10.2025 № ____", first, StringComparison.Ordinal);
        Assert.Contains("ПРИНЯТО Советом ГАПОУ СО «БПТ» (протокол от «13» октября 2025 г. № 7)", first, StringComparison.Ordinal);
        Assert.DoesNotContain("УТВЕРЖДАЮ", first, StringComparison.Ordinal);
        Assert.DoesNotContain("______________", first, StringComparison.Ordinal);
        // The Порядок has no date or number of its own: its date line holds the place alone.
        Assert.Contains("ПОРЯДОК г. Балаково применения", first, StringComparison.Ordinal);
        Assert.DoesNotContain("20__", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_procedure_is_named_a_procedure_in_its_title_and_its_appendix_refers_to_it()
    {
        var content = PrintSamples.ProcedureApprovedByOrder();
        var pdf = await portal.PdfAsync(content);
        var view = View(content);

        Assert.Equal("Порядок применения сервисов взаимодействия преподавателей с обучающимися посредством видеоконференцсвязи", PdfText.Info(pdf, "Title"));
        Assert.Equal("Порядок применения сервисов взаимодействия преподавателей с обучающимися посредством видеоконференцсвязи (редактируемая копия).docx", DocumentFileNames.Docx(view));
        Assert.Equal("Приложение 1 к Порядку применения сервисов взаимодействия преподавателей с обучающимися посредством видеоконференцсвязи.pdf", DocumentFileNames.Pdf(view with { OnlyAppendix = 1 }));
        var all = PdfText.All(pdf);
        Assert.Contains("Приложение 1 к Порядку применения сервисов взаимодействия", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Положени", all, StringComparison.Ordinal);
        // The mark that stands after the text is printed after it, before the appendix.
        Assert.True(all.IndexOf("СОГЛАСОВАНО Юрисконсульт", StringComparison.Ordinal) > all.IndexOf("1.1. Настоящий документ", StringComparison.Ordinal));
        Assert.True(all.IndexOf("СОГЛАСОВАНО Юрисконсульт", StringComparison.Ordinal) < all.IndexOf("Приложение 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_regulation_approved_personally_prints_position_signature_line_name_and_the_date_as_written()
    {
        var content = PrintSamples.RegulationApprovedPersonally();
        var pdf = await portal.PdfAsync(content);
        var first = PdfText.Page(pdf, 1);

        Assert.Contains("УТВЕРЖДАЮ Директор МАОУ СОШ № 58 ______________ Н.А. Ермакова « 3 » марта 2025 г.", first, StringComparison.Ordinal);
        Assert.Contains("« 3 » марта 2025 г.", first[first.IndexOf("ПОЛОЖЕНИЕ", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("№ 12", first, StringComparison.Ordinal);
        Assert.Equal("Положение № 12 от « 3 » марта 2025 г.", PdfText.Info(pdf, "Title"));
        Assert.Contains("Приложение 1 к Положению от « 3 » марта 2025 г. № 12", PdfText.All(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_accepted_by_a_council_print_the_decision_and_its_protocol()
    {
        var first = PdfText.Page(await portal.PdfAsync(PrintSamples.RulesAcceptedByCouncil()), 1);

        Assert.Contains("ПРИНЯТО решением педагогического совета (протокол от 30.08.2024 № 1) ПРАВИЛА", first, StringComparison.Ordinal);
        Assert.DoesNotContain("УТВЕРЖД", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regulation_without_an_approval_prints_none()
    {
        var pdf = await portal.PdfAsync(PrintSamples.RegulationWithoutApproval());

        Assert.DoesNotContain("УТВЕРЖД", PdfText.Page(pdf, 1), StringComparison.Ordinal);
        Assert.Contains("15.01.2025 г. Балаково № 3", PdfText.Lines(pdf));
    }

    [Fact]
    public async Task A_snapshot_from_version_1_still_prints_the_signatorys_approval_it_printed_then()
    {
        var content = PrintSamples.RegulationWithoutApproval();
        content.Version = 1;

        var first = PdfText.Page(await portal.PdfAsync(content), 1);

        Assert.Contains("УТВЕРЖДАЮ Директор ______________ А.В. Смирнов 15.01.2025", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_prints_its_date_as_written_its_mark_after_the_text_and_no_acknowledgement_table()
    {
        var pdf = await portal.PdfAsync(PrintSamples.OrderFollowingTheSource());
        var all = PdfText.All(pdf);
        var lines = PdfText.Lines(pdf);

        Assert.Contains("25 ноября 2024 г. г. Балаково № 101-о", lines);
        Assert.Contains("РАССМОТРЕНО И ОДОБРЕНО на заседании педагогического совета (протокол от «12» апреля 2025 г. № 10)", all, StringComparison.Ordinal);
        Assert.True(lines.IndexOf("РАССМОТРЕНО И ОДОБРЕНО") > lines.IndexOf("Директор А.В. Смирнов"), "the mark stands after the signature");
        Assert.DoesNotContain("ознакомлен", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Рыбаков", all, StringComparison.Ordinal);
        Assert.Equal("Приказ № 101-о от 25 ноября 2024 г.", PdfText.Info(pdf, "Title"));
    }

    [Fact]
    public async Task Appendices_print_the_grif_as_written_none_when_chosen_and_the_sources_column_headers()
    {
        var content = PrintSamples.OrderFollowingTheSource();

        var first = PdfText.All(await portal.PdfAsync(content, onlyAppendix: 1));
        var second = PdfText.All(await portal.PdfAsync(content, onlyAppendix: 2));
        var thirdPdf = await portal.PdfAsync(content, onlyAppendix: 3);
        var third = PdfText.All(thirdPdf);

        Assert.StartsWith("Приложение 1 к приказу МАОУ СОШ № 58 от 25 ноября 2024 г. № 101-о Порядок применения сервисов", first, StringComparison.Ordinal);
        Assert.DoesNotContain("УТВЕРЖДЕНО", first, StringComparison.Ordinal);
        Assert.StartsWith("Список ответственных", second, StringComparison.Ordinal);
        Assert.Contains("№ Мероприятие Ответственный (должность)", PdfText.Lines(await portal.PdfAsync(content, onlyAppendix: 2)));
        Assert.DoesNotContain("Приложение", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Ответственное лицо", second, StringComparison.Ordinal);
        Assert.Contains("№ п/п Наименование сервиса Цель использования Форма взаимодействия", PdfText.Lines(thirdPdf));
        Assert.Contains("Приложение 3 УТВЕРЖДЕНО приказом директора ГАПОУ СО «БПТ» от 25 ноября 2024 г. № 101-о", third, StringComparison.Ordinal);
    }
}
