using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Admin;

/// <summary>
/// The administrator enters a later year's holidays and transfers; the director's imported order counts its 10 working
/// days for posting (273-ФЗ ст. 29 ч. 3) by them. 2030 has no seeded days: every day off below is the administrator's.
/// </summary>
public sealed class CalendarPageTests : IAsyncLifetime
{
    private const string Url = "/admin/calendar";
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync()
    {
        factory.Time.SetUtcNow(new DateTimeOffset(2030, 3, 12, 9, 0, 0, TimeSpan.Zero));
        admin = await TestAccounts.SetUpAsync(factory);
    }

    private Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> SetAsync(string date, string reason, bool working = false)
    {
        var fields = new Dictionary<string, string> { ["Input.Date"] = date, ["Input.Reason"] = reason };
        if (working)
        {
            fields["Input.IsWorking"] = "true";
        }

        return admin.SubmitAsync(Url + "?year=2030", fields, "form[action*='handler=Set']");
    }

    [Fact]
    public async Task The_calendar_is_reached_from_the_dashboard_and_a_day_set_twice_is_listed_once()
    {
        var (_, dashboard) = await admin.GetAsync("/dashboard");
        Assert.Contains(dashboard.QuerySelectorAll("a"), a => a.GetAttribute("href") == Url);
        var (_, empty) = await admin.GetAsync(Url + "?year=2030");
        Assert.NotNull(empty.QuerySelector("#no-days"));

        var (first, _) = await SetAsync("2030-03-04", "Перенос с 2 марта (ПП РФ от 01.10.2029 № 1)");
        var (second, _) = await SetAsync("2030-03-04", "Перенос с 2 марта (ПП РФ от 01.10.2029 № 1)");
        Assert.True(FormClient.IsRedirectTo(first, Url + "?year=2030"));
        Assert.Equal(first.Headers.Location, second.Headers.Location);

        var (_, page) = await admin.GetAsync(Url + "?year=2030");
        var rows = page.QuerySelectorAll("#calendar-days tbody tr");
        Assert.Single(rows);
        Assert.Contains("04.03.2030", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("нерабочий день", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("04.03.2030 — нерабочий день: Перенос с 2 марта (ПП РФ от 01.10.2029 № 1).", page.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task A_day_without_its_reason_is_refused_in_Russian_and_the_date_is_kept()
    {
        var (response, page) = await SetAsync("2030-05-02", "");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Укажите основание", FormClient.ErrorFor(page, "Input.Reason"), StringComparison.Ordinal);
        Assert.Contains("Укажите основание", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2030-05-02", FormClient.ValueOf(page, "Input.Date"));
        await using var scope = factory.Scope(out var db);
        Assert.Empty(await db.CalendarDays.ToListAsync());
    }

    [Fact]
    public async Task The_director_sees_the_posting_days_left_and_then_how_late_counted_by_the_administrators_days()
    {
        // Friday 01.03.2030; Monday 4 and Tuesday 5 March made days off: the 10th working day is Tuesday 19 March, not Friday 15.
        await SetAsync("2030-03-04", "Перенос с 2 марта");
        await SetAsync("2030-03-05", "Перенос с 3 марта");
        var onTime = await DraftSignedAsync(new DateOnly(2030, 3, 1));
        // Wednesday 20.02.2030: the 10th working day is Friday 8 March; today, Tuesday 12 March, is two working days late.
        var late = await DraftSignedAsync(new DateOnly(2030, 2, 20));

        var (_, overview) = await admin.GetAsync($"/director/documents/{onTime}");
        Assert.Equal("Разместить на сайте нужно до 19.03.2030: осталось рабочих дней — 5 из 10 (273-ФЗ ст. 29 ч. 3).", overview.QuerySelector("#posting-deadline")!.TextContent);
        var (_, lateOverview) = await admin.GetAsync($"/director/documents/{late}");
        Assert.Equal("Срок размещения на сайте истёк 08.03.2030: опоздание — рабочих дней: 2 (273-ФЗ ст. 29 ч. 3: 10 рабочих дней).", lateOverview.QuerySelector("#posting-deadline")!.TextContent);
    }

    [Fact]
    public async Task An_administrators_day_off_moves_the_acknowledgement_deadline_on_the_status_page()
    {
        // Published Tuesday 12.03.2030; 2030 has no seeded days, so the built-in calendar alone says Tuesday 19 March.
        var published = await AcknowledgementArrange.PublishOrderAsync(factory, admin);
        Assert.Equal(new DateOnly(2030, 3, 19), Domain.Acknowledgements.WorkingDays.Deadline(new DateOnly(2030, 3, 12), Domain.Calendar.ProductionCalendar.Russian));

        // Thursday 14 March made a day off: the fifth working day is Wednesday 20 March.
        await SetAsync("2030-03-14", "Перенос с 16 марта");
        var (_, status) = await admin.GetAsync($"/director/documents/{published.DocumentId}/acknowledgements");

        Assert.Contains("до 20.03.2030 включительно", status.QuerySelector("#progress-title")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    private async Task<Guid> DraftSignedAsync(DateOnly signed)
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(admin);
        await using var scope = factory.Scope(out var db);
        var document = await db.Documents.SingleAsync(d => d.Id == id);
        var content = document.ReadContent();
        content.Requisites.Date = signed;
        document.UpdateDraft(content, "test", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return id;
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
