using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.Web.Word;

namespace PolicyPortal.IntegrationTests.Word;

/// <summary>The Word file of a document: valid Open XML, every word in reading order, and read back by the importer.</summary>
public sealed class DocxExportTests
{
    [Theory]
    [MemberData(nameof(DocxSamples.All), MemberType = typeof(DocxSamples))]
    public void The_word_file_passes_the_open_xml_validator(string name)
    {
        using var docx = new MemoryStream(DocumentDocx.Build(DocxSamples.View(name)));
        using var document = WordprocessingDocument.Open(docx, false);

        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(DocxSamples.All), MemberType = typeof(DocxSamples))]
    public void The_word_file_holds_every_word_in_order_and_each_clause_starts_a_paragraph_with_its_own_number(string name)
    {
        var view = DocxSamples.View(name);

        var lines = Lines(DocumentDocx.Build(view));

        // The place follows the number and the marks follow the grif (see DocumentDocx.Head and GrifRow): nearly all in order, all there.
        var expected = PdfReading.ContentWords(view.Content);
        var actual = PdfReading.Words(string.Join(' ', lines));
        Assert.InRange(PdfReading.ShareInOrder(expected, actual), 0.99, 1);
        var missing = expected.GroupBy(w => w).Where(g => actual.Count(w => w == g.Key) < g.Count()).Select(g => g.Key).ToList();
        Assert.Empty(missing);
        var clauses = view.Content.Appendices.SelectMany(a => a.Sections).SelectMany(s => s.Clauses).Where(c => c.Number.Length > 0).ToList();
        Assert.All(clauses, c => Assert.Contains(lines, l => l.StartsWith(c.Number + " ", StringComparison.Ordinal)));
        for (var i = 0; i < view.Content.Items.Count; i++)
        {
            Assert.Contains(lines, l => l.StartsWith($"{i + 1}. ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(DocxSamples.All), MemberType = typeof(DocxSamples))]
    public void Importing_the_word_file_gives_the_same_structure(string name)
    {
        var view = DocxSamples.View(name);
        using var docx = new MemoryStream(DocumentDocx.Build(view));

        var imported = DocumentImporter.Import(DocxText.Extract(docx)).Content;

        // What the importer reads back today: the kind, the items, and every regulation's sections and clause numbers.
        // Not yet: the services table and the roster under its printed header («Ответственное лицо»), see the report of issue 15.
        Assert.Equal(view.Content.Kind, imported.Kind);
        Assert.Equal(view.Content.Items.Count, imported.Items.Count);
        Assert.True(imported.Appendices.Count >= view.Content.Appendices.Count, $"{imported.Appendices.Count} appendices read back");
        for (var i = 0; i < view.Content.Appendices.Count; i++)
        {
            var exported = view.Content.Appendices[i];
            if (exported.Kind is AppendixKind.Regulation)
            {
                Assert.Equal(AppendixKind.Regulation, imported.Appendices[i].Kind);
                Assert.Equal(Structure(exported), Structure(imported.Appendices[i]));
            }
        }
    }

    [Fact]
    public void A_published_documents_word_file_says_it_is_an_editable_copy_and_a_drafts_says_it_is_a_draft()
    {
        var published = DocxSamples.View(DocxSamples.CollegeModel);
        var draft = DocxSamples.View(DocxSamples.SchoolModelDraft);

        var publishedHeader = FirstPageHeader(DocumentDocx.Build(published));
        var draftHeader = FirstPageHeader(DocumentDocx.Build(draft));

        Assert.Contains("Редактируемая копия", publishedHeader, StringComparison.Ordinal);
        Assert.Contains(published.Hash!, publishedHeader, StringComparison.Ordinal);
        Assert.Contains(published.PublicLink, publishedHeader, StringComparison.Ordinal);
        Assert.Contains("ПРОЕКТ", draftHeader, StringComparison.Ordinal);
        Assert.DoesNotContain("копия", draftHeader, StringComparison.Ordinal);
    }

    public static List<string> Lines(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return [.. DocxText.Extract(stream).Split('\n').Select(l => l.Replace('\u00A0', ' '))];
    }

    /// <summary>What a round trip must keep of an appendix: its kind, section and clause numbers, roster rows, services.</summary>
    private static List<string> Structure(Appendix appendix) =>
    [
        $"appendix {appendix.Kind}",
        .. appendix.Sections.Select(s => $"  section «{s.Number}»: {string.Join(' ', s.Clauses.Select(c => c.Number).Where(n => n.Length > 0))}"),
        .. appendix.Roster.Select(g => $"  roster «{g.Activity}»: {string.Join("; ", g.Persons.Select(p => $"{p.FullName} | {p.Position}"))}"),
        .. appendix.Services.Select(s => $"  service {s.Name}"),
        .. appendix.ProhibitedServices.Select(s => $"  prohibited {s}"),
    ];

    private static string FirstPageHeader(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var reference = main.Document!.Body!.Elements<SectionProperties>().Single().Elements<HeaderReference>().Single(h => h.Type?.Value == HeaderFooterValues.First);
        return ((HeaderPart)main.GetPartById(reference.Id!)).Header!.InnerText;
    }
}
