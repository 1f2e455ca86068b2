using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Staff;

[Authorize(Roles = $"{Roles.Director},{Roles.Administrator}")]
public sealed class EditModel(AppDbContext db, ILogger<EditModel> logger) : PageModel
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

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var person = await db.People.FindAsync(id);
        if (person is null)
        {
            return NotFound();
        }

        IsActive = person.IsActive;
        var validation = new PersonValidator().Validate(Input);
        ModelState.AddErrors(validation);
        if (validation.IsValid && await Input.EmailTakenAsync(db, id))
        {
            ModelState.AddModelError("Input.Email", PersonValidator.EmailTaken);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.CopyTo(person);
        await db.SaveChangesAsync();
        logger.LogInformation("{User} edited person {Person}", User.Identity?.Name, person.Id);
        TempData["Message"] = $"Сведения о сотруднике {person.FullName} сохранены.";
        return Redirect("/director/staff");
    }
}
