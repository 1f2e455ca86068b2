using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Public;

/// <summary>One line of the table of contents, with the PDF of its part when it has one of its own.</summary>
public sealed record OutlineEntry(string Title, string Anchor, string? PdfUrl, IReadOnlyList<OutlineEntry> Children, int? AppendixNumber = null);

/// <summary>The table of contents of a document on the public page: the order, each appendix, the sections of the regulation.</summary>
public static class DocumentOutline
{
    public static IReadOnlyList<OutlineEntry> Of(DocumentView view)
    {
        var entries = new List<OutlineEntry>();
        if (view.IsStandalone)
        {
            var body = view.Content.Appendices.FirstOrDefault();
            entries.Add(new(view.Content.Requisites.Title, DocumentAnchors.StandaloneBody, null, body is null ? [] : Sections(body, DocumentAnchors.StandaloneBody)));
        }
        else
        {
            entries.Add(new($"Приказ «{view.Content.Requisites.Title}»", DocumentAnchors.Order, null, []));
        }

        foreach (var (appendix, number) in view.Appendices())
        {
            var anchor = DocumentAnchors.Appendix(number);
            entries.Add(new($"Приложение {number}. {appendix.Title}".TrimEnd(' ', '.'), anchor, PublicLinks.AppendixPdf(view.Id, number), Sections(appendix, anchor), number));
        }

        return entries;
    }

    private static List<OutlineEntry> Sections(Appendix appendix, string prefix) =>
    [
        .. appendix.Sections
            .Select((section, index) => (section, index))
            .Where(s => !string.IsNullOrWhiteSpace(s.section.Title) || !string.IsNullOrWhiteSpace(s.section.Number))
            .Select(s => new OutlineEntry($"{Numbered(s.section.Number)} {s.section.Title}".Trim(), DocumentAnchors.Section(prefix, s.index), null, [])),
    ];

    /// <summary>«1» and «1.» both read «1.» in the contents.</summary>
    private static string Numbered(string number) =>
        number.Trim() is { Length: > 0 } n && char.IsDigit(n[^1]) ? n + "." : number.Trim();
}
