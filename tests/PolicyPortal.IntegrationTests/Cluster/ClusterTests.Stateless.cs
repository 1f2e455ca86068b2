using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.AckBench;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Cluster;

/// <summary>What a node would otherwise keep for itself — the answers of submitted forms, printed sheets — is shared.</summary>
public sealed partial class ClusterTests
{
    [Fact]
    public async Task A_form_submitted_twice_once_through_each_node_records_once_and_answers_the_same()
    {
        using var onFirst = ClusterFixture.Client(cluster.Nodes[0], cluster.Director.Cookies);
        using var onSecond = ClusterFixture.Client(cluster.Nodes[1], cluster.Director.Cookies);
        var name = $"Двойнова Ольга Петровна {Guid.NewGuid().ToString("N")[..6]}";
        var fields = new Dictionary<string, string> { ["Input.FullName"] = name, ["Input.Position"] = "Учитель" };
        var form = await FormAsync(onFirst, "/director/staff", "form[action*='handler=Create']");

        var answers = new List<(HttpResponseMessage Response, string Notice)>();
        foreach (var node in new[] { onFirst, onSecond })
        {
            var (response, _) = await node.PostFormAsync(form, "/director/staff", fields);
            var (_, next) = await node.GetAsync(response.Headers.Location?.OriginalString ?? "/director/staff");
            answers.Add((response, next.QuerySelector(".notice[role=status]")?.TextContent.Trim() ?? ""));
        }

        Assert.All(answers, a => Assert.True(FormClient.IsRedirectTo(a.Response, "/director/staff"), $"{(int)a.Response.StatusCode}"));
        Assert.Contains(name, answers[0].Notice, StringComparison.Ordinal);
        Assert.Equal(answers[0].Notice, answers[1].Notice);
        await using var db = cluster.Database();
        Assert.Equal(1, await db.People.CountAsync(p => p.FullName == name));
    }

    [Fact]
    public async Task A_new_draft_asked_on_both_nodes_at_once_by_one_form_is_created_once_and_both_answers_lead_to_it()
    {
        using var onFirst = ClusterFixture.Client(cluster.Nodes[0], cluster.Director.Cookies);
        using var onSecond = ClusterFixture.Client(cluster.Nodes[1], cluster.Director.Cookies);
        var form = await FormAsync(onFirst, "/director/documents", "form[action*='handler=FromTemplate']");
        await using var db = cluster.Database();
        var before = await db.Documents.CountAsync();

        var answers = await Task.WhenAll(
            onFirst.PostFormAsync(form, "/director/documents", new Dictionary<string, string>()),
            onSecond.PostFormAsync(form, "/director/documents", new Dictionary<string, string>()));

        Assert.All(answers, a => Assert.True(FormClient.IsRedirectTo(a.Response, "/director/documents/"), $"{(int)a.Response.StatusCode}"));
        Assert.Equal(answers[0].Response.Headers.Location, answers[1].Response.Headers.Location);
        Assert.Equal(before + 1, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task A_sheet_printed_by_one_node_is_the_one_the_other_serves_and_after_an_acknowledgement_both_serve_the_new_one()
    {
        var crowd = await ClusterCrowd.ArrangeAsync(cluster, "8501", 2);
        using var onFirst = ClusterFixture.Client(cluster.Nodes[0], cluster.Director.Cookies);
        using var onSecond = ClusterFixture.Client(cluster.Nodes[1], cluster.Director.Cookies);
        var url = $"/director/documents/{crowd.DocumentId}/acknowledgements?handler=Sheet";

        var printed = await SheetAsync(onSecond, url);
        Assert.Equal(printed, await SheetAsync(onFirst, url));

        using (var signer = new SignerClient(cluster.Url))
        {
            await signer.SignInAsync(crowd.Emails[0], SigningCrowd.Password);
            var token = await signer.OpenAsync(crowd.DocumentId);
            Assert.Equal(HttpStatusCode.Redirect, (await signer.ConfirmAsync(crowd.DocumentId, token, SigningCrowd.Password)).StatusCode);
        }

        var afterFirst = await SheetAsync(onFirst, url);
        Assert.NotEqual(printed, afterFirst);
        Assert.Contains(Web.Acknowledgements.AcknowledgementSheet.Electronic, string.Join(' ', Documents.PdfReading.PageTexts(afterFirst)), StringComparison.Ordinal);
        Assert.Equal(afterFirst, await SheetAsync(onSecond, url));
    }

    [Fact]
    public async Task A_scan_recorded_through_one_node_is_served_by_the_other()
    {
        var crowd = await ClusterCrowd.ArrangeAsync(cluster, "8601", 1);
        using var onFirst = ClusterFixture.Client(cluster.Nodes[0], cluster.Director.Cookies);
        using var onSecond = ClusterFixture.Client(cluster.Nodes[1], cluster.Director.Cookies);
        var url = $"/director/documents/{crowd.DocumentId}/acknowledgements";
        var scan = "%PDF-1.4\n% скан листа ознакомления, узел 1\n%%EOF\n"u8.ToArray();
        var form = await FormAsync(onFirst, url, "form[action*='handler=Paper']");
        var person = ((IHtmlSelectElement)form.QuerySelector("[name='Paper.PersonId']")!).Options.Last(o => o.Value.Length > 0).Value;
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(person), "Paper.PersonId" },
            { new StringContent(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "Paper.Date" },
        };
        var file = new ByteArrayContent(scan);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(file, "Paper.Scan", "скан.pdf");
        var recorded = await onFirst.Http.PostAsync(form.GetAttribute("action"), content);
        Assert.True(FormClient.IsRedirectTo(recorded, url), $"{(int)recorded.StatusCode}");

        var (_, status) = await onSecond.GetAsync(url);
        var link = status.QuerySelectorAll("a[href*='handler=Scan']").Single().GetAttribute("href")!;
        var served = await onSecond.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(scan, await served.Content.ReadAsByteArrayAsync());
    }

    private static async Task<IHtmlFormElement> FormAsync(FormClient client, string url, string selector)
    {
        var (_, page) = await client.GetAsync(url);
        return page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form «{selector}» on {url}.");
    }

    private static async Task<byte[]> SheetAsync(FormClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
