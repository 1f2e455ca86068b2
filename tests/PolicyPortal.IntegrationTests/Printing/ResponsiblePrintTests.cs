using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.IntegrationTests.Word;
using PolicyPortal.Web.Word;

namespace PolicyPortal.IntegrationTests.Printing;

/// <summary>An item's responsible persons print as a secretary writes them, in the PDF and in the Word file alike.</summary>
public sealed class ResponsiblePrintTests(PrintModelTests.Portal portal) : IClassFixture<PrintModelTests.Portal>
{
    private static DocumentContent OrderWithResponsible()
    {
        var content = PdfPortalFactory.CollegeOrder();
        content.Items[0].Responsible = [PersonRef.Of("Рыбаков Сергей Сергеевич", "Ведущий программист")];
        content.Items[1].Responsible =
        [
            PersonRef.Of("Кухарская Оксана Борисовна", "Заместитель директора по УВР"),
            PersonRef.Of("", "Директор ТОГБПОУ «Уваровский политехнический колледж»"),
        ];
        return content;
    }

    [Fact]
    public async Task The_pdf_names_a_responsible_person_by_position_initials_and_surname()
    {
        var text = PdfText.All(await portal.PdfAsync(OrderWithResponsible())).Replace('\u00A0', ' ');

        Assert.Contains("Ответственный: ведущий программист С.С. Рыбаков.", text, StringComparison.Ordinal);
        Assert.Contains("Ответственные: заместитель директора по УВР О.Б. Кухарская, директор ТОГБПОУ «Уваровский политехнический колледж».", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Рыбаков Сергей Сергеевич, Ведущий программист", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_word_file_names_a_responsible_person_as_the_pdf_does()
    {
        var text = string.Join(' ', DocxExportTests.Lines(DocumentDocx.Build(PrintModelTests.View(OrderWithResponsible()))));

        Assert.Contains("Ответственный: ведущий программист С.С. Рыбаков.", text, StringComparison.Ordinal);
        Assert.Contains("Ответственные: заместитель директора по УВР О.Б. Кухарская, директор ТОГБПОУ «Уваровский политехнический колледж».", text, StringComparison.Ordinal);
    }
}
