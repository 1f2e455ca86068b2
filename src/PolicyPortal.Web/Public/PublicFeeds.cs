using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using PolicyPortal.Domain;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Journal;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Public;

/// <summary>
/// For the college's own site: the current policy as JSON (the published snapshot plus metadata and PDF links), any
/// public document by id, and an Atom feed of publications. Anonymous, cached like the pages, drafts never included.
/// </summary>
public static class PublicFeeds
{
    /// <summary>The feed carries the latest publications; the archive pages hold the rest.</summary>
    public const int FeedSize = 50;

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The namespace of the feed's own element for the journal anchor.</summary>
    public static readonly XNamespace Journal = "urn:policyportal:journal";

    public static IEndpointRouteBuilder MapPublicFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet(PublicEndpoints.PolicyJson, async (PublicDocuments documents, JournalAudit journal, InstitutionAddresses addresses, HttpContext http, CancellationToken ct) =>
                await JsonAsync(http, documents, await documents.CurrentAsync(ct), await addresses.CurrentAsync(ct), await journal.AnchorAsync(ct), ct))
            .AllowAnonymous().CacheOutput(PublicPages.CachePolicy);
        app.MapGet(PublicEndpoints.DocumentJson, async (Guid id, PublicDocuments documents, JournalAudit journal, InstitutionAddresses addresses, HttpContext http, CancellationToken ct) =>
                await JsonAsync(http, documents, await documents.FindAsync(id, ct), await addresses.CurrentAsync(ct), await journal.AnchorAsync(ct), ct))
            .AllowAnonymous().CacheOutput(PublicPages.CachePolicy);
        app.MapGet(PublicEndpoints.Feed, async (PublicDocuments documents, InstitutionInfo institution, JournalAudit journal, InstitutionAddresses addresses, CancellationToken ct) =>
                Results.Text(Feed(await documents.LatestAsync(FeedSize, ct), await institution.NameAsync(), (await addresses.CurrentAsync(ct)).Link(""), await journal.AnchorAsync(ct)),
                    "application/atom+xml; charset=utf-8"))
            .AllowAnonymous().CacheOutput(PublicPages.CachePolicy);
        return app;
    }

    private static async Task<IResult> JsonAsync(HttpContext http, PublicDocuments documents, PublicDocument? document, SiteAddress site, ChainAnchor anchor, CancellationToken ct)
    {
        // Public data meant for other sites' scripts.
        http.Response.Headers.AccessControlAllowOrigin = "*";
        if (document is null)
        {
            return Results.Text("""{"error":"Документ не найден или ещё не опубликован."}""", "application/json; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var json = PolicyJson(document, await documents.PublicJsonAsync(document, ct), site.Link(""));
        json["journalAnchor"] = anchor.ToString();
        return Results.Text(json.ToJsonString(DocumentJson.Options), "application/json; charset=utf-8");
    }

    public static JsonObject PolicyJson(PublicDocument document, string publicJson, string baseUrl)
    {
        var d = document.Document;
        var view = document.View;
        var r = view.Content.Requisites;
        return new JsonObject
        {
            ["id"] = d.Id,
            ["url"] = $"{baseUrl}/documents/{d.Id}",
            ["kind"] = d.Kind.ToString(),
            // «Порядок», «Приказ»: the document's own kind as printed (the stored kind says only order or standalone).
            ["typeName"] = d.KindName,
            ["title"] = XmlSafeText.Clean(r.Title),
            ["number"] = XmlSafeText.Clean(r.Number),
            ["date"] = r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["institution"] = r.InstitutionName,
            ["status"] = document.IsInForce ? "действует" : "утратил силу",
            ["publishedAt"] = d.PublishedAt,
            ["supersededAt"] = d.SupersededAt,
            ["signature"] = new JsonObject
            {
                ["signatoryPosition"] = r.SignatoryPosition,
                ["signatoryName"] = r.SignatoryName,
                ["publishedBy"] = document.PublisherName,
                ["sha256"] = d.SnapshotHash,
            },
            ["pdf"] = baseUrl + PublicLinks.Pdf(d.Id),
            ["appendices"] = new JsonArray([.. view.Appendices().Select(a => (JsonNode)new JsonObject
            {
                ["number"] = a.Number,
                ["title"] = a.Appendix.Title,
                ["kind"] = a.Appendix.Kind.ToString(),
                ["url"] = $"{baseUrl}/documents/{d.Id}#{DocumentAnchors.Appendix(a.Number)}",
                ["pdf"] = baseUrl + PublicLinks.AppendixPdf(d.Id, a.Number),
            })]),
            ["supersedes"] = d.SupersedesId is { } earlier ? $"{baseUrl}/documents/{earlier}" : null,
            ["supersededBy"] = d.SupersededById is { } later ? $"{baseUrl}/documents/{later}" : null,
            ["acknowledgerCount"] = document.AcknowledgerCount,
            // The frozen snapshot whose SHA-256 is above, as published; a long list of acknowledgers only as the count above.
            ["content"] = JsonNode.Parse(publicJson),
        };
    }

    /// <summary>Every text in the feed goes through <see cref="XmlSafeText"/>: one forbidden character saved before the rule would fail the whole feed.</summary>
    /// <param name="anchor">
    /// The journal's heads when the feed was made («Отметка журнала»): in the subtitle for people, as
    /// <c>&lt;pp:journalAnchor&gt;</c> for programs. Readers and archives keep copies of feeds outside the database; a cached
    /// feed shows an earlier anchor, which is still a valid one.
    /// </param>
    public static string Feed(IReadOnlyList<ArchiveEntry> archive, string institution, string baseUrl, ChainAnchor? anchor = null)
    {
        institution = XmlSafeText.Clean(institution);
        static string Time(DateTimeOffset? at) => (at ?? DateTimeOffset.UnixEpoch).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var feed = new XElement(Atom + "feed",
            anchor is null ? null : new XAttribute(XNamespace.Xmlns + "pp", Journal),
            new XElement(Atom + "title", $"Документы — {institution}"),
            anchor is null ? null : new XElement(Atom + "subtitle", $"Отметка журнала: {anchor}"),
            new XElement(Atom + "id", $"{baseUrl}/documents"),
            new XElement(Atom + "updated", Time(archive.Select(e => e.SupersededAt ?? e.PublishedAt).DefaultIfEmpty().Max())),
            new XElement(Atom + "author", new XElement(Atom + "name", institution)),
            anchor is null ? null : new XElement(Journal + "journalAnchor", anchor.ToString()),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", $"{baseUrl}{PublicEndpoints.Feed}")),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", $"{baseUrl}/documents")),
            archive.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "id", $"urn:uuid:{e.Id}"),
                new XElement(Atom + "title", XmlSafeText.Clean($"{DocumentTitles.Short(e.Kind, e.TypeName, e.Number, e.Date)} «{e.Title}»")),
                new XElement(Atom + "published", Time(e.PublishedAt)),
                new XElement(Atom + "updated", Time(e.SupersededAt ?? e.PublishedAt)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", $"{baseUrl}/documents/{e.Id}")),
                new XElement(Atom + "link", new XAttribute("rel", "enclosure"), new XAttribute("type", "application/pdf"), new XAttribute("href", baseUrl + PublicLinks.Pdf(e.Id))),
                new XElement(Atom + "summary", e.Status == DocumentStatus.Published ? "Действует." : "Утратил силу."))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }
}
