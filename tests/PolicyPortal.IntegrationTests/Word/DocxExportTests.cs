using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.Web.Word;
using Xunit.Abstractions;

namespace PolicyPortal.IntegrationTests.Word;

/// <summary>The Word file of a document: valid Open XML, every word in reading order, and read back by the importer.</summary>
public sealed class DocxExportTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(DocxSamples.AllWithFidelity), MemberType = typeof(DocxSamples))]
    public void The_word_file_passes_the_open_xml_validator(string name)
    {
        using var docx = new MemoryStream(DocumentDocx.Build(DocxSamples.View(name)));
        using var document = WordprocessingDocument.Open(docx, false);

        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(DocxSamples.AllWithFidelity), MemberType = typeof(DocxSamples))]
    public void The_word_file_holds_every_word_in_order_and_each_clause_starts_a_paragraph_with_its_own_number(string name)
    {
        var view = DocxSamples.View(name);

        var lines = Lines(DocumentDocx.Build(view));

        var expected = PdfReading.ContentWords(view.Content);
        var actual = PdfReading.Words(string.Join(' ', lines));
        var share = PdfReading.ShareInOrder(expected, actual);
        output.WriteLine($"{name}: {share:P2} of the content's words in order");
        PdfReading.DifferencesInOrder(expected, actual).ForEach(output.WriteLine);
        Assert.InRange(share, 0.99, 1);
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
    [MemberData(nameof(DocxSamples.AllWithFidelity), MemberType = typeof(DocxSamples))]
    public void Importing_the_word_file_gives_the_same_structure(string name)
    {
        var view = DocxSamples.View(name);
        using var docx = new MemoryStream(DocumentDocx.Build(view));

        var imported = DocumentImporter.Import(DocxText.Extract(docx)).Content;

        var expected = Structure(view.Content);
        var actual = Structure(imported);
        var differences = expected.Zip(actual).Select((p, i) => (p.First, p.Second, i)).Where(p => p.First != p.Second)
            .Select(p => $"line {p.i + 1}:\n  exported «{p.First}»\n  imported «{p.Second}»").ToList();
        Assert.True(differences.Count == 0 && expected.Count == actual.Count,
            $"{differences.Count} lines differ ({expected.Count} exported, {actual.Count} imported):\n{string.Join("\n", differences.Take(40))}");
    }

    public static List<string> Lines(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return [.. DocxText.Extract(stream).Split('\n').Select(l => l.Replace('\u00A0', ' '))];
    }

    /// <summary>
    /// What a round trip must keep: the kind, the requisites, the document's approval and marks, every item, and each
    /// appendix's kind, title, sections with their clause numbers and texts, roster rows, services and prohibited list.
    /// </summary>
    public static List<string> Structure(DocumentContent content)
    {
        var r = content.Requisites;
        static string Text(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        static string Mark(ApprovalMark m) => $"{m.Kind} {Text(m.Body)} № {m.ProtocolNumber} {m.Date:yyyy-MM-dd}";
        // An item as printed: the responsible persons (worded as print words them) and the deadline follow its text («… Ответственный: …. Срок: ….»),
        // whether the import reads them back into their fields or leaves them in the text.
        static string Item(DirectiveItem item) => Text(item.Text
            + ResponsibleWording.Sentence(item.Responsible)
            + (item.Deadline is { } d ? $" Срок: {d:dd.MM.yyyy}." : ""));
        return
        [
            $"kind {content.Kind}",
            $"founder {Text(r.FounderLine)}",
            $"institution {Text(r.InstitutionName)}",
            $"type {r.DocumentTypeName}",
            $"date {r.Date:yyyy-MM-dd} number «{r.Number}» place «{Text(r.Place)}»",
            $"title {Text(r.Title)}",
            $"preamble {Text(r.Preamble)}",
            $"signatory {Text(r.SignatoryPosition)} | {Text(r.SignatoryName)}",
            $"executor {Text(r.Executor)}",
            $"approval {content.Approval?.Form} {Text(content.Approval?.Position ?? "")} {Text(content.Approval?.Name ?? "")} {content.Approval?.Date:yyyy-MM-dd} {content.Approval?.OrderNumber}",
            .. content.ApprovalMarks.Select(m => "mark " + Mark(m)),
            .. content.Items.Select((item, i) => $"item {i + 1}: {Item(item).ToLowerInvariant()}"),
            $"acknowledgement block {content.AcknowledgementBlock}: {content.Acknowledgers.Count}",
            .. content.Acknowledgers.Select(p => $"  acknowledger {Text(p.FullName)} | {Text(p.Position)}"),
            .. content.Appendices.SelectMany((a, i) => Structure(a, i)),
        ];
    }

    private static IEnumerable<string> Structure(Appendix a, int i = 0)
    {
        static string Text(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        static string Mark(ApprovalMark m) => $"{m.Kind} {Text(m.Body)} № {m.ProtocolNumber} {m.Date:yyyy-MM-dd}";
        return
            [
                // The type word's case is the importer's («порядок …» read from text, «ПОРЯДОК …» from the file).
                $"appendix {i + 1} {a.Kind}: {Text(a.Title).ToLowerInvariant()}",
                .. a.ApprovalMarks.Select(m => "  mark " + Mark(m)),
                .. a.Sections.SelectMany(s => (IEnumerable<string>)
                [
                    $"  section «{s.Number}» {Text(s.Title)}",
                    .. s.Clauses.Select(c => $"    clause «{c.Number}» {Text(c.Text)}" + string.Concat(c.Items.Select(item => $" [{item.Marker} {Text(item.Text)}]"))),
                ]),
                .. a.Roster.Select(g => $"  roster «{Text(g.Activity)}»: {string.Join("; ", g.Persons.Select(p => $"{Text(p.FullName)} | {Text(p.Position)}"))}"),
                .. a.Services.Select(s => $"  service {Text(s.Name)} | {Text(s.Purpose)} | {s.Interaction}"),
                .. a.ProhibitedServices.Select(s => $"  prohibited {Text(s)}"),
                $"  text {Text(a.Text)}",
            ];
    }

    /// <summary>The text of the first page's own header: the draft's notice or the published document's «Редактируемая копия».</summary>
    public static string FirstPageHeader(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var reference = main.Document!.Body!.Elements<SectionProperties>().Single().Elements<HeaderReference>().Single(h => h.Type?.Value == HeaderFooterValues.First);
        return ((HeaderPart)main.GetPartById(reference.Id!)).Header!.InnerText;
    }
}
