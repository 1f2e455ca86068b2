using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Public;

namespace PolicyPortal.Web.Pages.Admin.Services;

[Authorize(Roles = Roles.Administrator)]
public sealed class EditModel(AppDbContext db, IValidator<ServiceInput> validator, ParentContactsSource parentContacts, IOutputCacheStore publicPagesCache, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public ServiceInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var service = await db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);
        if (service is null)
        {
            return NotFound();
        }

        Input = ServiceInput.From(service);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var service = await db.Services.FindAsync([id], ct);
        if (service is null)
        {
            return NotFound();
        }

        Input.Id = id;
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        Input.CopyTo(service);
        await db.SaveChangesAsync(ct);
        // The public «Как связаться…» shows the registry's «как подключиться».
        parentContacts.Forget();
        await PublicPages.EvictAsync(publicPagesCache, db.InstitutionId);
        logger.LogInformation("{User} edited service {Service}", User.Identity?.Name, service.Name);
        TempData["Message"] = $"Сервис «{service.Name}» сохранён.";
        return Redirect("/admin/services");
    }
}
