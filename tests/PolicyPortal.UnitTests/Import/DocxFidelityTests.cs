using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

/// <summary>
/// A college order written in Word: the date, place and number in a borderless table, an «УТВЕРЖДЕНО» grif in a table cell,
/// a roster by positions and a list of prohibited messengers in tables. Its golden structure is
/// tests/Seeds/Fidelity/docx-college-order-tables.golden, written from the paragraphs below.
/// </summary>
public class DocxFidelityTests
{
    [Fact]
    public void A_docx_order_with_tables_imports_the_structure_it_has()
    {
        using var docx = Build();
        var result = DocumentImporter.Import(DocxText.Extract(docx));
        Golden.Check(Path.Combine("Fidelity", "docx-college-order-tables.golden"), result);
    }

    private static MemoryStream Build()
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Para("Министерство образования Красноярского края"),
                Para("Краевое государственное бюджетное профессиональное образовательное учреждение «Ачинский колледж отраслевых технологий и бизнеса»"),
                Para("ПРИКАЗ"),
                new Table(Row(Cell("14.10.2025"), Cell("г. Ачинск"), Cell("№ 233-п"))),
                Para("Об утверждении перечня ответственных и перечня запрещённых мессенджеров"),
                Para("В соответствии с частью 8 статьи 10 Федерального закона от 27.07.2006 № 149-ФЗ"),
                Para("ПРИКАЗЫВАЮ:"),
                Para("1. Утвердить перечень должностей, ответственных за поддержку применяемых технологий (приложение 1)."),
                Para("2. Утвердить перечень мессенджеров, использование которых запрещено (приложение 2)."),
                Para("3. Контроль исполнения приказа оставляю за собой."),
                Para("Директор                    Т.В. Крылова"),
                Para("Приложение 1"),
                Para("УТВЕРЖДЕНО приказом директора КГБПОУ «АКОТБ» от 14.10.2025 № 233-п"),
                Para("Перечень должностей, ответственных за поддержку применяемых технологий"),
                new Table(
                    Row(Cell("№"), Cell("Направление"), Cell("Должность")),
                    Row(Cell("1"), Cell("Работа ИКОП «Сферум»"), Cell("Системный администратор")),
                    Row(Cell("2"), Cell("Консультации преподавателей"), Cell("Методист"))),
                Para("Приложение 2"),
                Para("Перечень мессенджеров, использование которых запрещено"),
                new Table(
                    Row(Cell("1"), Cell("WhatsApp")),
                    Row(Cell("2"), Cell("Telegram")))));
        }

        stream.Position = 0;
        return stream;
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text) => new(Para(text));
}
