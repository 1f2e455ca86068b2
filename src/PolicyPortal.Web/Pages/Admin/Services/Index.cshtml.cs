using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Services;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Public;

namespace PolicyPortal.Web.Pages.Admin.Services;

/// <summary>The services registry the director picks approved services from.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(AppDbContext db, IValidator<ServiceInput> validator, ParentContactsSource parentContacts, IOutputCacheStore publicPagesCache, SubmittedForms submitted, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public ServiceInput Input { get; set; } = new();

    /// <summary>Issued with the add form: a second post of the same form (a double click) answers as the first did.</summary>
    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Номер формы")]
    public Guid FormId { get; set; }

    public IReadOnlyList<Service> Services { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        Input.SortOrder = await NextSortOrderAsync();
        FormId = Guid.NewGuid();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var done = await submitted.OnceAsync("services-add", FormId, () => AddAsync(ct));
        if (done is null)
        {
            await LoadAsync();
            return Page();
        }

        Message = done;
        return RedirectToPage();
    }

    private async Task<string?> AddAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            ModelState.AddErrors(validation);
            return null;
        }

        var service = new Service();
        Input.CopyTo(service);
        db.Services.Add(service);
        await db.SaveChangesAsync(ct);
        // The public «Как связаться…» shows the registry's «как подключиться».
        parentContacts.Forget();
        await PublicPages.EvictAsync(publicPagesCache, db.InstitutionId);
        logger.LogInformation("{User} added service {Service}", User.Identity?.Name, service.Name);
        return $"Сервис «{service.Name}» добавлен в реестр.";
    }

    private async Task<int> NextSortOrderAsync() =>
        (await db.Services.AnyAsync() ? await db.Services.MaxAsync(s => s.SortOrder) : 0) + 10;

    private async Task LoadAsync() =>
        Services = await db.Services.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Name).ToListAsync();

    public static string InteractionTitle(Interaction interaction) => interaction switch
    {
        Interaction.Synchronous => "синхронное",
        Interaction.Asynchronous => "асинхронное",
        Interaction.Both => "синхронное и асинхронное",
        _ => "не указано",
    };
}
