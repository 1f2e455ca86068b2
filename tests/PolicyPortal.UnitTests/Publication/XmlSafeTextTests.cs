using System.Xml.Linq;
using PolicyPortal.Domain;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.UnitTests.Publication;

public sealed class XmlSafeTextTests
{
    [Theory]
    [InlineData("О сервисах\vвзаимодействия", "О сервисах взаимодействия")]
    [InlineData("Разрыв\fстраницы", "Разрыв страницы")]
    [InlineData("Нуль\0и звонок\a", "Нульи звонок")]
    public void Forbidden_characters_are_removed_and_the_rest_kept(string text, string expected)
    {
        var clean = XmlSafeText.Clean(text);

        Assert.Equal(expected, clean);
        _ = new XElement("title", clean).ToString(); // would throw on a character XML forbids
    }

    [Fact]
    public void A_lone_surrogate_is_removed()
    {
        var text = "Одинокий " + (char)0xD800 + "суррогат";

        Assert.Equal("Одинокий суррогат", XmlSafeText.Clean(text));
    }

    [Fact]
    public void Clean_text_is_returned_as_is_with_tabs_line_breaks_and_emoji()
    {
        const string text = "Сферум\tМАХ\r\nМоя школа 📚";

        Assert.Same(text, XmlSafeText.Clean(text));
    }

    [Fact]
    public void A_title_pasted_from_Word_is_saved_without_its_vertical_tab()
    {
        var content = new DocumentContent { Requisites = { Number = "44\v", Title = "О сервисах\vвзаимодействия" } };
        content.Appendices.Add(new Appendix { Title = "Порядок\u000bприменения" });

        var document = PolicyDocument.CreateDraft(content, "test", DateTimeOffset.UnixEpoch);

        Assert.Equal("О сервисах взаимодействия", document.Title);
        Assert.Equal("44", document.Number);
        Assert.DoesNotContain("\\u000B", document.ContentJson, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Порядок применения", document.ReadContent().Appendices[0].Title);
    }
}
