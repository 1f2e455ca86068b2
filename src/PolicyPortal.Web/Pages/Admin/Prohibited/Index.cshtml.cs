using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Services;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Admin.Prohibited;

/// <summary>
/// The dictionary of foreign messengers on Roskomnadzor's list. Appendices keep their own dated snapshot,
/// so removing a name here changes no published document.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(AppDbContext db, IValidator<ProhibitedInput> validator, TimeProvider time, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public ProhibitedInput Input { get; set; } = new();

    public IReadOnlyList<ProhibitedService> Entries { get; private set; } = [];

    /// <summary>The date of the newest entry: the list is «по состоянию на» this date.</summary>
    public DateOnly? AsOf => Entries.Count == 0 ? null : Entries.Max(e => e.AsOf);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        Input.AsOf = DateOnly.FromDateTime(time.GetLocalNow().Date);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            ModelState.AddErrors(validation);
            await LoadAsync();
            return Page();
        }

        var name = Input.Name.Trim();
        db.ProhibitedServices.Add(new ProhibitedService { Name = name, AsOf = Input.AsOf!.Value });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{User} added {Name} to the prohibited services", User.Identity?.Name, name);
        Message = $"«{name}» добавлен в перечень запрещённых сервисов.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        var entry = await db.ProhibitedServices.FindAsync(id);
        if (entry is null)
        {
            return NotFound();
        }

        db.ProhibitedServices.Remove(entry);
        await db.SaveChangesAsync();
        logger.LogInformation("{User} removed {Name} from the prohibited services", User.Identity?.Name, entry.Name);
        Message = $"«{entry.Name}» исключён из перечня. Опубликованные документы не изменились.";
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Entries = await db.ProhibitedServices.AsNoTracking().OrderBy(p => p.Name).ToListAsync();
}

public sealed class ProhibitedInput
{
    [Display(Name = "Наименование")]
    public string Name { get; set; } = "";
    [Display(Name = "По состоянию на")]
    public DateOnly? AsOf { get; set; }
}

public sealed class ProhibitedValidator : AbstractValidator<ProhibitedInput>
{
    public ProhibitedValidator(AppDbContext db)
    {
        RuleFor(i => i.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Укажите наименование сервиса, как в перечне Роскомнадзора.")
            .NoLongerThan(ProhibitedService.MaxNameLength)
            .MustAsync(async (name, ct) => !await IsListedAsync(db, name, ct)).WithMessage(i => $"«{i.Name.Trim()}» уже есть в перечне.");
        RuleFor(i => i.AsOf).NotNull().WithMessage("Укажите дату перечня, из которого взято наименование.");
    }

    // Compared here, not in SQL: SQLite's lower() leaves Cyrillic as it is.
    private static async Task<bool> IsListedAsync(AppDbContext db, string name, CancellationToken ct)
    {
        var existing = await db.ProhibitedServices.AsNoTracking().Select(p => p.Name).ToListAsync(ct);
        return existing.Any(e => string.Equals(e, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
