using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Printing;

/// <summary>
/// What the document partials (Pages/Shared/Printing) render: on paper, in the director's preview and on the public page.
/// A published document is shown from its frozen snapshot, a draft from its current content.
/// </summary>
public sealed record DocumentView(
    DocumentContent Content,
    Guid Id,
    DocumentStatus Status,
    DateTimeOffset? PublishedAt,
    string? Hash,
    string PublicLink)
{
    /// <summary>When set, only this appendix (1-based) is rendered: the per-appendix PDF.</summary>
    public int? OnlyAppendix { get; init; }

    public bool IsDraft => Status == DocumentStatus.Draft;

    /// <summary>
    /// On a screen (the editor's preview, the signing page) «С приказом ознакомлены» shows this many rows and says how many
    /// more: 2,000 names would make each page hundreds of kilobytes (issue 12). Print and PDF leave it null: every row.
    /// </summary>
    public int? AcknowledgersOnScreen { get; init; }

    public const int ScreenAcknowledgers = 30;

    public bool IsStandalone => Content.Kind == DocumentKind.StandaloneRegulation;

    public static DocumentView Of(PolicyDocument document, string publicLink) => new(
        document.SnapshotJson is { } snapshot ? DocumentJson.Deserialize(snapshot) : document.ReadContent(),
        document.Id,
        document.Status,
        document.PublishedAt,
        document.SnapshotHash,
        publicLink);

    /// <summary>The appendices to render with their 1-based numbers; a standalone regulation's body (the first) is not one.</summary>
    public IEnumerable<(Appendix Appendix, int Number)> Appendices()
    {
        var numbered = Content.Appendices.Select((appendix, index) => (appendix, Number: IsStandalone ? index : index + 1));
        if (IsStandalone)
        {
            numbered = numbered.Skip(1);
        }

        return OnlyAppendix is { } only ? numbered.Where(a => a.Number == only) : numbered;
    }
}

/// <summary>One appendix with its number, for the appendix partial.</summary>
public sealed record AppendixView(DocumentView Document, Appendix Appendix, int Number)
{
    /// <summary>
    /// The grif the director chose: none, as written, or from the order. A standalone document's appendix says whose it is
    /// («Приложение 1 к Порядку …»), by the document's own date and number or, without them, by its title.
    /// </summary>
    public IReadOnlyList<string> Grif => Appendix.WithoutGrif
        ? []
        : Document.IsStandalone && string.IsNullOrWhiteSpace(Appendix.GrifOverride)
            ? [$"Приложение {Number}", StandaloneReference(Document.Content)]
            : DocumentText.Grif(Document.Content.Requisites, Appendix, Number);

    private static string StandaloneReference(DocumentContent content)
    {
        var r = content.Requisites;
        var requisites = string.Join(' ', new[]
        {
            r.Date is null && r.DateAsWritten.Trim().Length == 0 ? "" : "от " + DocumentText.Date(r.Date, r.DateAsWritten),
            r.Number.Trim().Length == 0 ? "" : DocumentText.Numbered(r.Number),
        }.Where(p => p.Length > 0));
        return $"к {DocumentText.KindDative(content)} {(requisites.Length > 0 ? requisites : r.Title.Trim())}".TrimEnd();
    }
}
