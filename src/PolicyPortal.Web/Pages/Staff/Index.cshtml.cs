using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Staff;

/// <summary>The staff directory: people named in orders, rosters and acknowledgement lists. Never deleted, only deactivated.</summary>
[Authorize(Roles = $"{Roles.Director},{Roles.Administrator}")]
public sealed class IndexModel(
    AppDbContext db, StaffInvitations invitations, TimeProvider time, IValidator<PersonInput> personValidator, IValidator<BulkInput> bulkValidator, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    [BindProperty]
    public BulkInput Bulk { get; set; } = new();

    public IReadOnlyList<PersonRow> Rows { get; private set; } = [];
    public IReadOnlyList<UserOption> Users { get; private set; } = [];
    public IReadOnlyList<string> BulkErrors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>An invitation link to pass on by hand when no mail server is configured.</summary>
    [TempData]
    public string? InviteLink { get; set; }

    public bool CanLinkAccounts => User.IsInRole(Roles.Administrator);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var validation = await personValidator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            await LoadAsync();
            return Page();
        }

        var person = new Person();
        Input.CopyTo(person);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{User} added person {Person}", User.Identity?.Name, person.Id);
        Message = $"Сотрудник {person.FullName} добавлен.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostBulkAsync(CancellationToken ct)
    {
        var validation = await bulkValidator.ValidateAsync(Bulk, ct);
        if (!validation.IsValid)
        {
            var lineErrors = validation.Errors.Where(e => e.ErrorCode == BulkInputValidator.LineErrorCode).ToList();
            ModelState.AddErrors(new ValidationResult(validation.Errors.Except(lineErrors)), "Bulk");
            BulkErrors = lineErrors.Select(e => e.ErrorMessage).ToList();
            await LoadAsync();
            return Page();
        }

        var lines = StaffLines.Parse(Bulk.Lines);
        foreach (var line in lines)
        {
            var person = new Person();
            line.Person.CopyTo(person);
            db.People.Add(person);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("{User} added {Count} persons from a list", User.Identity?.Name, lines.Count);
        Message = $"Добавлено сотрудников: {lines.Count}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostToggleAsync(Guid id)
    {
        var person = await db.People.FindAsync(id);
        if (person is null)
        {
            return NotFound();
        }

        person.IsActive = !person.IsActive;
        await db.SaveChangesAsync();
        logger.LogInformation("{User} {Action} person {Person}", User.Identity?.Name, person.IsActive ? "reactivated" : "deactivated", person.Id);
        Message = person.IsActive ? $"{person.FullName} снова в справочнике." : $"{person.FullName} больше не предлагается в новых документах.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, string? userId)
    {
        if (!CanLinkAccounts)
        {
            return Forbid();
        }

        var person = await db.People.FindAsync(id);
        if (person is null)
        {
            return NotFound();
        }

        userId = string.IsNullOrEmpty(userId) ? null : userId;
        if (userId == person.UserId)
        {
            return RedirectToPage();
        }

        if (await AccountLinks.RefusalAsync(db, person, userId) is { } refusal)
        {
            logger.LogWarning("{User} was refused relinking person {Person} from {From} to {To}: {Reason}",
                User.Identity?.Name, person.Id, person.UserId, userId, refusal);
            Message = refusal;
            return RedirectToPage();
        }

        var from = person.UserId;
        person.UserId = userId;
        db.AuditLog.Add(AccountLinks.Audit(time.GetUtcNow(), User.Identity?.Name ?? "", person, from, userId,
            await db.Users.AsNoTracking().Where(u => u.Id == from || u.Id == userId).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id)));
        await db.SaveChangesAsync();
        logger.LogInformation("{User} linked person {Person} to account {Account} (was {From})", User.Identity?.Name, person.Id, userId, from);
        Message = userId is null ? $"{person.FullName}: связь с учётной записью снята." : $"{person.FullName}: учётная запись связана.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken ct)
    {
        if (!CanLinkAccounts)
        {
            return Forbid();
        }

        var outcome = await invitations.InviteAsync(id, User.Identity?.Name ?? "", ct);
        Message = outcome.Message;
        InviteLink = outcome.Link;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.FullName)
            .Select(u => new UserOption(u.Id, $"{u.FullName} ({u.Email})")).ToListAsync();
        var accountNames = users.ToDictionary(u => u.Id, u => u.Title);
        var people = await db.People.AsNoTracking().OrderByDescending(p => p.IsActive).ThenBy(p => p.FullName).ToListAsync();
        var withPassword = (await db.Users.AsNoTracking().Where(u => u.PasswordHash != null).Select(u => u.Id).ToListAsync()).ToHashSet();
        Rows = people.Select(p => new PersonRow(
            p,
            p.UserId is { } uid ? accountNames.GetValueOrDefault(uid, "") : "",
            CanInvite: p.UserId is null || !withPassword.Contains(p.UserId))).ToList();
        Users = users;
    }

    /// <param name="CanInvite">No account yet, or an invited account whose password is not set yet.</param>
    public sealed record PersonRow(Person Person, string Account, bool CanInvite);

    public sealed record UserOption(string Id, string Title);
}
