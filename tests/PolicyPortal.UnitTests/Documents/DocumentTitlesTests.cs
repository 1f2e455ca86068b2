using PolicyPortal.Domain.Documents;

namespace PolicyPortal.UnitTests.Documents;

/// <summary>A document is named by its own kind («Порядок», «Правила»), not by the stored one (order or standalone).</summary>
public class DocumentTitlesTests
{
    [Theory]
    [InlineData("ПОРЯДОК", "Порядок")]
    [InlineData("ПРАВИЛА", "Правила")]
    [InlineData("РЕГЛАМЕНТ", "Регламент")]
    [InlineData(" ИНСТРУКЦИЯ ", "Инструкция")]
    [InlineData("ПОЛОЖЕНИЕ", "Положение")]
    [InlineData("", "Положение")]
    public void A_standalone_document_is_named_by_its_printed_kind(string typeName, string expected)
    {
        var content = new DocumentContent { Kind = DocumentKind.StandaloneRegulation, Requisites = { DocumentTypeName = typeName } };

        Assert.Equal(expected, DocumentTitles.KindWord(content));
    }

    [Fact]
    public void A_saved_document_keeps_its_printed_kind_for_the_lists()
    {
        var content = new DocumentContent { Kind = DocumentKind.StandaloneRegulation, Requisites = { DocumentTypeName = "ПОРЯДОК", Title = "применения сервисов" } };

        var document = PolicyDocument.CreateDraft(content, "director", DateTimeOffset.UnixEpoch);

        Assert.Equal("Порядок", document.TypeName);
        Assert.Equal("Порядок", DocumentTitles.Short(document));
    }

    [Fact]
    public void A_standalone_document_with_its_own_number_and_date_is_named_with_them()
    {
        Assert.Equal("Правила №\u00a07 от 03.03.2025", DocumentTitles.Short(DocumentKind.StandaloneRegulation, "Правила", "7", new DateOnly(2025, 3, 3)));
    }

    [Fact]
    public void An_order_without_a_number_says_so()
    {
        Assert.Equal("Приказ (без номера)", DocumentTitles.Short(DocumentKind.Order, "Приказ", "", null));
    }

    [Fact]
    public void A_row_saved_before_the_printed_kind_was_kept_is_named_as_it_was_then()
    {
        Assert.Equal("Положение №\u00a0422 от 13.10.2025", DocumentTitles.Short(DocumentKind.StandaloneRegulation, "", "422", new DateOnly(2025, 10, 13)));
        Assert.Equal("Приказ №\u00a044", DocumentTitles.Short(DocumentKind.Order, "", "44", null));
    }
}
