using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Acknowledgements;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Acknowledgements;

public sealed class DirectorStatusTests : IAsyncLifetime
{
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task The_director_sees_n_of_m_who_has_not_since_when_and_overdue_after_five_working_days()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director, people: 3);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, director, order.People[0], "deputy@college.test");
        await AcknowledgementArrange.SignAsync(deputy, order.DocumentId);

        var url = $"/director/documents/{order.DocumentId}/acknowledgements";
        var (response, page) = await director.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1 из 3", page.QuerySelector("#ack-count")!.TextContent);
        Assert.Equal("1", page.QuerySelector("progress#ack-progress")!.GetAttribute("value"));
        Assert.Equal("3", page.QuerySelector("progress#ack-progress")!.GetAttribute("max"));
        Assert.Equal(2, page.QuerySelectorAll("#not-signed tbody tr").Length);
        Assert.Null(page.QuerySelector(".overdue"));
        var (_, overview) = await director.GetAsync($"/director/documents/{order.DocumentId}");
        Assert.NotNull(overview.QuerySelector($"a[href='{url}']"));

        // Past five working days of the production calendar (holidays included, whenever the test runs) the rest are overdue.
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        factory.Time.Advance(TimeSpan.FromDays(WorkingDays.Deadline(today, Domain.Calendar.ProductionCalendar.Russian).DayNumber - today.DayNumber + 2));
        director = await TestAccounts.SignInAsync(factory, TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var (_, later) = await director.GetAsync(url);
        Assert.NotNull(later.QuerySelector("#not-signed .overdue"));

        // Drafts have no acknowledgement page; staff cannot see it.
        var draft = await DocumentArrange.CreateReadyDraftAsync(factory, director, "90");
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/director/documents/{draft}/acknowledgements")).Response.StatusCode);
        var staff = await TestAccounts.SignInAsync(factory, "deputy@college.test", TestAccounts.UserPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(url)).Response.StatusCode);
    }

    [Fact]
    public async Task Reminders_go_to_those_who_have_not_signed_at_most_once_a_day()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director, people: 3);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, director, order.People[0], "deputy@college.test");
        await AcknowledgementArrange.SignerAsync(factory, director, order.People[1], "teacher1@college.test");
        await AcknowledgementArrange.SignerAsync(factory, director, order.People[2], "teacher2@college.test");
        await AcknowledgementArrange.SignAsync(deputy, order.DocumentId);
        var url = $"/director/documents/{order.DocumentId}/acknowledgements";

        await RemindAsync(url);
        Assert.Equal(2, factory.Mails().Length);
        var (_, page) = await RemindAsync(url);
        Assert.Contains("Сегодня уже напоминали: 2", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal(2, factory.Mails().Length);
        Assert.All(factory.Mails(), m => Assert.DoesNotContain("deputy@college.test", File.ReadAllText(m)));

        factory.Time.Advance(TimeSpan.FromDays(1));
        director = await TestAccounts.SignInAsync(factory, TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        await RemindAsync(url);
        Assert.Equal(4, factory.Mails().Length);
        await using var scope = factory.Scope(out var db);
        Assert.Equal(4, await db.Reminders.CountAsync());
    }

    [Fact]
    public async Task A_paper_acknowledgement_with_a_scan_is_stored_outside_wwwroot_under_a_generated_name()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director, people: 2);
        var pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

        var response = await PostPaperAsync(order, order.People[1].Id, pdf, "лист.pdf");
        Assert.True(FormClient.IsRedirectTo(response, $"/director/documents/{order.DocumentId}/acknowledgements"));

        await using var scope = factory.Scope(out var db);
        var row = await db.Acknowledgements.SingleAsync();
        Assert.Equal(AcknowledgementMethod.Paper, row.Method);
        Assert.Null(row.UserId);
        Assert.Equal(order.People[1].Id, row.PersonId);
        Assert.Matches("^[0-9a-f]{32}\\.pdf$", row.ScanFileName!);
        var scans = scope.ServiceProvider.GetRequiredService<PaperScans>();
        var stored = scans.PathOf(row.ScanFileName!)!;
        Assert.True(File.Exists(stored));
        Assert.StartsWith(factory.Database.Folder, stored);
        Assert.DoesNotContain("wwwroot", stored);

        var (download, _) = await director.GetAsync($"/director/documents/{order.DocumentId}/acknowledgements?handler=Scan&acknowledgementId={row.Id}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    private DateOnly Today => DateOnly.FromDateTime(factory.Time.GetUtcNow().AddHours(3).Date);

    [Fact]
    public async Task A_paper_date_before_publication_or_after_today_and_a_person_who_signed_are_answered_on_the_form()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director, people: 3);
        var target = order.People[1].Id;

        var early = await PostPaperAsync(order, target, null, null, Today.AddDays(-1));
        var late = await PostPaperAsync(order, target, null, null, Today.AddDays(1));
        Assert.True(FormClient.IsRedirectTo(await PostPaperAsync(order, target, null, null), $"/director/documents/{order.DocumentId}/acknowledgements"));
        // (The same record posted again is a double click: SecondSubmitTests.) This person signed electronically.
        var deputy = await AcknowledgementArrange.SignerAsync(factory, director, order.People[0], "deputy@college.test");
        Assert.True(FormClient.IsRedirectTo((await AcknowledgementArrange.SignAsync(deputy, order.DocumentId)).Response, $"/my/documents/{order.DocumentId}"));
        var again = await PostPaperAsync(order, order.People[0].Id, null, null);

        foreach (var response in new[] { early, late })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Equal(PaperDateWindow.Message, FormClient.ErrorFor(page, "Paper.Date"));
        }

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var againPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await again.Content.ReadAsStringAsync());
        Assert.Equal("Выберите сотрудника из тех, кто ещё не ознакомился.", FormClient.ErrorFor(againPage, "Paper.PersonId"));
        await using var scope = factory.Scope(out var db);
        Assert.Equal(2, await db.Acknowledgements.CountAsync());
    }

    [Fact]
    public async Task Scans_are_checked_by_content_and_size()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director, people: 2);
        var target = order.People[1].Id;

        // A text file named .pdf with a PDF content type: refused by its first bytes.
        var renamed = await PostPaperAsync(order, target, "это не скан"u8.ToArray(), "скан.pdf");
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Contains("PDF, JPEG или PNG", await renamed.Content.ReadAsStringAsync());

        // A PNG just over 5 MB but under the request limit: a Russian message on the form.
        var big = new byte[PaperScans.MaxBytes + 1024];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(big, 0);
        var tooBig = await PostPaperAsync(order, target, big, "скан.png");
        Assert.Equal(HttpStatusCode.OK, tooBig.StatusCode);
        Assert.Contains("больше 5 МБ", await tooBig.Content.ReadAsStringAsync());

        // Past the request limit: 413 before the form is read.
        var huge = await PostPaperAsync(order, target, new byte[PaperScans.RequestLimit + 1], "скан.png");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        // JPEG and PNG by content are accepted (recognition itself).
        Assert.Equal(".jpg", PaperScans.ExtensionOf([0xFF, 0xD8, 0xFF, 0xE0, 0x00]));
        Assert.Equal(".png", PaperScans.ExtensionOf(big));
        Assert.Null(PaperScans.ExtensionOf("GIF89a"u8));

        await using var scope = factory.Scope(out var db);
        Assert.Equal(0, await db.Acknowledgements.CountAsync());
        var folder = scope.ServiceProvider.GetRequiredService<PaperScans>().Folder;
        Assert.True(!Directory.Exists(folder) || Directory.GetFiles(folder).Length == 0);
    }

    [Fact]
    public async Task The_hash_chain_detects_a_row_changed_directly_in_the_database()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director, people: 3);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, director, order.People[0], "deputy@college.test");
        await AcknowledgementArrange.SignAsync(deputy, order.DocumentId);
        await PostPaperAsync(order, order.People[1].Id, null, null);
        await PostPaperAsync(order, order.People[2].Id, null, null);

        long changed;
        await using (var scope = factory.Scope(out var db))
        {
            var ledger = scope.ServiceProvider.GetRequiredService<AcknowledgementLedger>();
            Assert.Equal((3, null), await ledger.VerifyAsync());
            Assert.Equal(0, (await VerifyAuditCommandAsync()).ExitCode);

            changed = (await db.Acknowledgements.OrderBy(a => a.Id).Skip(1).FirstAsync()).Id;
            // As someone with database access would: first drop the triggers that refuse the change.
            foreach (var sql in AppendOnlyTriggers.DropSql(db.Database.ProviderName!))
            {
                await db.Database.ExecuteSqlRawAsync(sql);
            }

            await db.Database.ExecuteSqlAsync($"UPDATE Acknowledgements SET PaperDate = '2020-01-01' WHERE Id = {changed}");
        }

        await using (var scope = factory.Scope(out _))
        {
            var (_, broken) = await scope.ServiceProvider.GetRequiredService<AcknowledgementLedger>().VerifyAsync();
            Assert.Equal(changed, broken!.RowId);
        }

        var command = await VerifyAuditCommandAsync();
        Assert.Equal(1, command.ExitCode);
        Assert.Contains($"запись {changed}", command.Output);
    }

    [Fact]
    public async Task The_status_page_and_the_sheet_show_the_chain_anchor_and_verify_audit_finds_a_cut_tail_against_it()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director, people: 3);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, director, order.People[0], "deputy@college.test");
        await AcknowledgementArrange.SignAsync(deputy, order.DocumentId);
        await PostPaperAsync(order, order.People[1].Id, null, null);
        await PostPaperAsync(order, order.People[2].Id, null, null);

        var (_, page) = await director.GetAsync($"/director/documents/{order.DocumentId}/acknowledgements");
        var anchor = page.QuerySelector("#chain-anchor")!.TextContent;
        Assert.Contains("Отметка журнала", page.Body!.TextContent);
        await using (var scope = factory.Scope(out var db))
        {
            var last = await db.Acknowledgements.OrderByDescending(a => a.Id).FirstAsync();
            var lastLine = await db.AuditLog.OrderByDescending(a => a.Id).FirstAsync();
            Assert.Equal(ChainAnchor.Of(3, last.Hash, await db.AuditLog.CountAsync(), lastLine.Hash).ToString(), anchor);
            Assert.StartsWith("3+", anchor);
            var document = await db.Documents.SingleAsync(d => d.Id == order.DocumentId);
            var sheet = await scope.ServiceProvider.GetRequiredService<AcknowledgementSheet>().ViewAsync(document, CancellationToken.None);
            Assert.Equal(anchor, sheet.Anchor);
        }

        Assert.Equal(0, (await VerifyAuditCommandAsync("--anchor", anchor)).ExitCode);

        await using (var scope = factory.Scope(out var db))
        {
            // As someone with database access would: drop the triggers, delete the last row, recompute nothing.
            foreach (var sql in AppendOnlyTriggers.DropSql(db.Database.ProviderName!))
            {
                await db.Database.ExecuteSqlRawAsync(sql);
            }

            var lastId = await db.Acknowledgements.MaxAsync(a => a.Id);
            await db.Database.ExecuteSqlAsync($"DELETE FROM Acknowledgements WHERE Id = {lastId}");
        }

        Assert.Equal(0, (await VerifyAuditCommandAsync()).ExitCode);
        var cut = await VerifyAuditCommandAsync("--anchor", anchor);
        Assert.Equal(1, cut.ExitCode);
        Assert.Contains("в журнале ознакомлений 2 записей, а по отметке", cut.Output);
        Assert.Contains("конец цепочки удалён", cut.Output);
    }

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> RemindAsync(string url)
    {
        var (response, _) = await director.SubmitAsync(url, new Dictionary<string, string>(), "form[action*='handler=Remind']");
        Assert.True(FormClient.IsRedirectTo(response, url));
        return await director.GetAsync(url);
    }

    private async Task<HttpResponseMessage> PostPaperAsync(AcknowledgementArrange.Published order, Guid personId, byte[]? scan, string? fileName, DateOnly? date = null)
    {
        var url = $"/director/documents/{order.DocumentId}/acknowledgements";
        var (_, page) = await director.GetAsync(url);
        var form = page.QuerySelector("form[action*='handler=Paper']")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(personId.ToString()), "Paper.PersonId" },
            { new StringContent((date ?? Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "Paper.Date" },
        };
        if (scan is not null)
        {
            var file = new ByteArrayContent(scan);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, "Paper.Scan", fileName!);
        }

        return await director.Http.PostAsync(form.GetAttribute("action"), content);
    }

    private async Task<(int ExitCode, string Output)> VerifyAuditCommandAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = factory.Database.Folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PolicyPortal.Web.dll"));
        start.ArgumentList.Add("verify-audit");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--Database:DataFolder={factory.Database.Folder}");
        start.ArgumentList.Add($"--Logging:Folder={Path.Combine(factory.Database.Folder, "logs")}");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
