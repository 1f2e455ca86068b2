using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Staff;

[Authorize(Roles = $"{Roles.Director},{Roles.Administrator}")]
public sealed class EditModel(AppDbContext db, IValidator<PersonInput> validator, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public bool IsActive { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (person is null)
        {
            return NotFound();
        }

        Input = PersonInput.From(person);
        IsActive = person.IsActive;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var person = await db.People.FindAsync([id], ct);
        if (person is null)
        {
            return NotFound();
        }

        IsActive = person.IsActive;
        Input.Id = id;
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        Input.CopyTo(person);
        await DirectoryQueries.LinkAccountsByEmailAsync(db, [person], ct);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{User} edited person {Person}", User.Identity?.Name, person.Id);
        TempData["Message"] = $"Сведения о сотруднике {person.FullName} сохранены.";
        return Redirect("/director/staff");
    }
}
