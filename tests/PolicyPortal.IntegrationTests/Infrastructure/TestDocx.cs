using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyPortal.IntegrationTests.Infrastructure;

/// <summary>A small real DOCX built in memory: one paragraph per line.</summary>
public static class TestDocx
{
    public static byte[] FromLines(params string[] lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(line => new Paragraph(new Run(new Text(line))))));
        }

        return stream.ToArray();
    }

    /// <summary>An order with one approved appendix, as a school might send it.</summary>
    public static byte[] SchoolOrder() => FromLines(
        "Управление образования администрации города",
        "МБОУ «Средняя школа № 1»",
        "ПРИКАЗ",
        "01.09.2025 № 12-о",
        "О применении сервисов взаимодействия",
        "На основании постановления Правительства РФ от 11.10.2023 № 1678 приказываю:",
        "1. Утвердить Положение о порядке применения сервисов (Приложение 1).",
        "2. Контроль исполнения приказа оставляю за собой.",
        "Директор И.И. Иванова",
        "Приложение 1",
        "УТВЕРЖДЕНО приказом директора от 01.09.2025 № 12-о",
        "Положение о порядке применения сервисов",
        "1. Общие положения",
        "1.1. Применяются сервисы ИКОП «Сферум» и МАХ.");
}
