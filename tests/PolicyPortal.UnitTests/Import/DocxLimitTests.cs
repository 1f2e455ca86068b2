using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

/// <summary>A small DOCX can inflate to gigabytes; it is refused before it is read, in bounded memory and time.</summary>
public class DocxLimitTests
{
    [Fact]
    public void A_document_xml_that_inflates_past_the_limit_is_refused_without_being_read()
    {
        using var bomb = new MemoryStream(Package(("word/document.xml", 50)));
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes");

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var refusal = Assert.Throws<DocxLimitException>(() => DocxText.Extract(bomb));

        Assert.Contains("в распакованном виде больше 20 МБ", refusal.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed.TotalMilliseconds:N0} ms");
        var megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024 / 1024;
        Assert.True(megabytes < 16, $"{megabytes} MB allocated");
    }

    [Fact]
    public void Xml_parts_that_together_inflate_past_the_limit_are_refused()
    {
        using var bomb = new MemoryStream(Package(("word/document.xml", 1), ("word/a.xml", 15), ("word/b.xml", 15), ("word/c.xml", 15)));

        var refusal = Assert.Throws<DocxLimitException>(() => DocxText.Extract(bomb));

        Assert.Contains("в распакованном виде больше 40 МБ", refusal.Message);
    }

    [Fact]
    public void A_package_of_too_many_parts_is_refused()
    {
        var parts = Enumerable.Range(0, DocxText.MaxParts).Select(i => ($"word/media/p{i}.bin", 0)).Prepend(("word/document.xml", 0));
        using var package = new MemoryStream(Package(parts.ToArray()));

        var refusal = Assert.Throws<DocxLimitException>(() => DocxText.Extract(package));

        Assert.Contains($"больше {DocxText.MaxParts} частей", refusal.Message);
    }

    [Fact]
    public void A_large_but_ordinary_document_is_read_paragraph_by_paragraph()
    {
        var lines = Enumerable.Range(1, 20_000).Select(i => $"{i}. Пункт номер {i} положения о сервисах.").ToArray();
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(lines.Select(l => new Paragraph(new Run(new Text(l))))));
        }

        stream.Position = 0;
        Assert.Equal(string.Join("\n", lines), DocxText.Extract(stream));
    }

    /// <summary>
    /// A real DOCX (one paragraph «x») with the named parts replaced or added, each holding the given number of
    /// megabytes of spaces inside one paragraph; written in chunks so the test itself stays small.
    /// </summary>
    private static byte[] Package(params (string Name, int Megabytes)[] parts)
    {
        using var template = new MemoryStream();
        using (var document = WordprocessingDocument.Create(template, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("x")))));
        }

        template.Position = 0;
        using var output = new MemoryStream();
        using (var source = new ZipArchive(template, ZipArchiveMode.Read))
        using (var package = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => parts.All(p => p.Name != e.FullName)))
            {
                using var target = package.CreateEntry(entry.FullName).Open();
                using var part = entry.Open();
                part.CopyTo(target);
            }

            var spaces = Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
            foreach (var (name, megabytes) in parts)
            {
                using var target = package.CreateEntry(name, CompressionLevel.Optimal).Open();
                target.Write(Encoding.UTF8.GetBytes("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t xml:space=\"preserve\">"));
                for (var i = 0; i < megabytes; i++)
                {
                    target.Write(spaces);
                }

                target.Write(Encoding.UTF8.GetBytes("y</w:t></w:r></w:p></w:body></w:document>"));
            }
        }

        return output.ToArray();
    }
}
