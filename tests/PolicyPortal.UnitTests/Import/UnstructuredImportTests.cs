using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

public class UnstructuredImportTests
{
    [Fact]
    public void Text_with_no_recognisable_structure_is_kept_as_paragraphs_with_a_note()
    {
        var result = DocumentImporter.Import("Просто заметка без структуры.\nВторая строка заметки.");

        var appendix = Assert.Single(result.Content.Appendices);
        Assert.Equal(DocumentKind.StandaloneRegulation, result.Content.Kind);
        Assert.Equal(AppendixKind.Regulation, appendix.Kind);
        Assert.Equal(["Просто заметка без структуры.", "Вторая строка заметки."], appendix.Sections.Single().Clauses.Select(c => c.Text));
        Assert.Contains(result.Notes, n => n.Contains("абзацами", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_text_gives_empty_content_and_a_note()
    {
        var result = DocumentImporter.Import("  \n\n");

        Assert.Empty(result.Content.Appendices);
        Assert.Equal(["Текст пуст."], result.Notes);
    }
}
