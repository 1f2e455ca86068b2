using System.IO.Compression;
using System.Text;
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

    /// <summary>
    /// A «zip bomb»: a real DOCX whose document.xml holds one paragraph of <paramref name="inflatedMegabytes"/> MB
    /// of spaces, so the file is a few tens of KB. Written part by part, never whole in memory.
    /// </summary>
    public static byte[] Bomb(int inflatedMegabytes)
    {
        var template = FromLines("x");
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read))
        using (var bomb = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var target = bomb.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                if (entry.FullName != "word/document.xml")
                {
                    using var part = entry.Open();
                    part.CopyTo(target);
                    continue;
                }

                target.Write(Encoding.UTF8.GetBytes("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t xml:space=\"preserve\">"));
                var spaces = Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
                for (var i = 0; i < inflatedMegabytes; i++)
                {
                    target.Write(spaces);
                }

                target.Write(Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>"));
            }
        }

        return output.ToArray();
    }
}
