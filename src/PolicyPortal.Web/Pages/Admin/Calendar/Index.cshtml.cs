using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Calendar;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Calendar;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Admin.Calendar;

/// <summary>
/// The production calendar: the administrator adds the government's holidays and transfers for years the portal was not
/// shipped with (and corrects a seeded day). Acknowledgement deadlines and the posting deadline count by it.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(AppDbContext db, PortalCalendar calendar, IValidator<CalendarDayInput> validator, TimeProvider time, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    [Display(Name = "Год")]
    public int Year { get; set; }

    [BindProperty]
    public CalendarDayInput Input { get; set; } = new();

    public IReadOnlyList<(SpecialDay Day, bool IsEdited)> Days { get; private set; } = [];

    public int ThisYear => time.GetLocalNow().Year;

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSetAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            ModelState.AddErrors(validation);
            await LoadAsync(ct);
            return Page();
        }

        var date = Input.Date!.Value;
        var day = new SpecialDay(date, Input.IsWorking, Input.Reason.Trim());
        // Setting a day twice (a double click, a correction) replaces it: one row per date.
        if (await db.CalendarDays.FindAsync([date], ct) is { } existing)
        {
            db.CalendarDays.Remove(existing);
            await db.SaveChangesAsync(ct);
        }

        db.CalendarDays.Add(day);
        db.AuditLog.Add(AuditEntry.Record(time.GetUtcNow(), User.Identity!.Name!, AuditActions.Edit, $"calendar:{date:yyyy-MM-dd}",
            $"Производственный календарь: {date:dd.MM.yyyy} — {Kind(day.IsWorking)} ({day.Reason})"));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{User} set {Date} as {Kind} in the production calendar", User.Identity?.Name, date, day.IsWorking ? "working" : "day off");
        Message = $"{date:dd.MM.yyyy} — {Kind(day.IsWorking)}: {day.Reason}.";
        return Redirect($"/admin/calendar?year={date.Year}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly date, CancellationToken ct)
    {
        if (await db.CalendarDays.FindAsync([date], ct) is { } existing)
        {
            db.CalendarDays.Remove(existing);
            db.AuditLog.Add(AuditEntry.Record(time.GetUtcNow(), User.Identity!.Name!, AuditActions.Edit, $"calendar:{date:yyyy-MM-dd}",
                $"Производственный календарь: {date:dd.MM.yyyy} — отметка администратора удалена"));
            await db.SaveChangesAsync(ct);
            Message = $"Отметка на {date:dd.MM.yyyy} удалена.";
        }
        else
        {
            // A second click on «Удалить» finds the day already removed: the same answer, nothing changed.
            Message = $"Отметки на {date:dd.MM.yyyy} нет.";
        }

        return Redirect($"/admin/calendar?year={date.Year}");
    }

    public static string Kind(bool isWorking) => isWorking ? "рабочий день" : "нерабочий день";

    private async Task LoadAsync(CancellationToken ct)
    {
        if (Year is < 2000 or > 2100)
        {
            Year = ThisYear;
        }

        Days = await calendar.YearAsync(Year, ct);
    }
}

public sealed class CalendarDayInput
{
    [Display(Name = "Дата")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Рабочий день (перенесённый на выходной)")]
    public bool IsWorking { get; set; }

    [Display(Name = "Основание")]
    public string Reason { get; set; } = "";
}

public sealed class CalendarDayValidator : AbstractValidator<CalendarDayInput>
{
    public CalendarDayValidator()
    {
        RuleFor(i => i.Date).NotNull().WithMessage("Укажите дату.");
        RuleFor(i => i.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Укажите основание: праздник или постановление о переносе.")
            .NoLongerThan(SpecialDay.MaxReasonLength);
    }
}
