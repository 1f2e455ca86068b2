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
    AppDbContext db, StaffInvitations invitations, TimeProvider time, IValidator<PersonInput> personValidator, IValidator<BulkInput> bulkValidator, SubmittedForms submitted, ILogger<IndexModel> logger) : PageModel
{
    public const int PageSize = 50;
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    [BindProperty]
    public BulkInput Bulk { get; set; } = new();

    /// <summary>Issued with the add forms: a second post of the same form (a double click) answers as the first did.</summary>
    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Номер формы")]
    public Guid FormId { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    [System.ComponentModel.DataAnnotations.Display(Name = "Страница")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<PersonRow> Rows { get; private set; } = [];
    public IReadOnlyList<string> BulkErrors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>Something refused or to be done (shown as a warning, not as a success).</summary>
    [TempData]
    public string? Problem { get; set; }

    /// <summary>An invitation link to pass on by hand when no mail server is configured.</summary>
    [TempData]
    public string? InviteLink { get; set; }

    public bool CanLinkAccounts => User.IsInRole(Roles.Administrator);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var done = await submitted.OnceAsync("staff-create", FormId, () => CreateAsync(ct));
        if (done is null)
        {
            await LoadAsync();
            return Page();
        }

        Message = done;
        return RedirectToPage();
    }

    private async Task<string?> CreateAsync(CancellationToken ct)
    {
        var validation = await personValidator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return null;
        }

        var person = new Person();
        Input.CopyTo(person);
        db.People.Add(person);
        var linked = await DirectoryQueries.LinkAccountsByEmailAsync(db, [person], ct);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{User} added person {Person}", User.Identity?.Name, person.Id);
        return $"Добавлен(а) в справочник: {person.FullName}." + (linked.Count > 0 ? " Учётная запись с этим адресом связана." : "");
    }

    public async Task<IActionResult> OnPostBulkAsync(CancellationToken ct)
    {
        var done = await submitted.OnceAsync("staff-bulk", FormId, () => AddListAsync(ct));
        if (done is null)
        {
            await LoadAsync();
            return Page();
        }

        Message = done;
        return RedirectToPage();
    }

    private async Task<string?> AddListAsync(CancellationToken ct)
    {
        var validation = await bulkValidator.ValidateAsync(Bulk, ct);
        if (!validation.IsValid)
        {
            var lineErrors = validation.Errors.Where(e => e.ErrorCode == BulkInputValidator.LineErrorCode).ToList();
            ModelState.AddErrors(new ValidationResult(validation.Errors.Except(lineErrors)), "Bulk");
            BulkErrors = lineErrors.Select(e => e.ErrorMessage).ToList();
            return null;
        }

        var lines = StaffLines.Parse(Bulk.Lines);
        foreach (var line in lines)
        {
            var person = new Person();
            line.Person.CopyTo(person);
            db.People.Add(person);
        }

        var linked = await DirectoryQueries.LinkAccountsByEmailAsync(db, db.ChangeTracker.Entries<Person>().Select(e => e.Entity).ToList(), ct);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{User} added {Count} persons from a list", User.Identity?.Name, lines.Count);
        return $"Добавлено сотрудников: {lines.Count}." + (linked.Count > 0 ? $" Связаны с учётными записями по адресу: {linked.Count}." : "");
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
        return RedirectToPage(new { q = Search, p = PageNumber });
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, string? accountEmail, string? userId)
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

        // An account is named by its address (no list of every account in every row); an older form posts its id.
        userId = string.IsNullOrEmpty(userId) ? null : userId;
        if (!string.IsNullOrWhiteSpace(accountEmail))
        {
            var normalized = EmailAddresses.Normalize(accountEmail);
            userId = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync();
            if (userId is null)
            {
                Problem = $"Учётной записи с адресом {accountEmail.Trim()} нет. Создайте её в разделе «Пользователи» или пригласите сотрудника.";
                return RedirectToPage(new { q = Search, p = PageNumber });
            }
        }

        if (userId == person.UserId)
        {
            return RedirectToPage(new { q = Search, p = PageNumber });
        }

        if (await AccountLinks.RefusalAsync(db, person, userId) is { } refusal)
        {
            logger.LogWarning("{User} was refused relinking person {Person} from {From} to {To}: {Reason}",
                User.Identity?.Name, person.Id, person.UserId, userId, refusal);
            Problem = refusal;
            return RedirectToPage(new { q = Search, p = PageNumber });
        }

        var from = person.UserId;
        person.UserId = userId;
        db.AuditLog.Add(AccountLinks.Audit(time.GetUtcNow(), User.Identity?.Name ?? "", person, from, userId,
            await db.Users.AsNoTracking().Where(u => u.Id == from || u.Id == userId).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id)));
        await db.SaveChangesAsync();
        logger.LogInformation("{User} linked person {Person} to account {Account} (was {From})", User.Identity?.Name, person.Id, userId, from);
        Message = userId is null ? $"{person.FullName}: связь с учётной записью снята." : $"{person.FullName}: учётная запись связана.";
        return RedirectToPage(new { q = Search, p = PageNumber });
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken ct)
    {
        if (!CanLinkAccounts)
        {
            return Forbid();
        }

        var outcome = await invitations.InviteAsync(id, User.Identity?.Name ?? "", ct);
        if (outcome.Succeeded)
        {
            Message = outcome.Message;
        }
        else
        {
            Problem = outcome.Message;
        }

        InviteLink = outcome.Link;
        return RedirectToPage(new { q = Search, p = PageNumber });
    }

    /// <summary>One page of the directory (active first, by name), optionally only those matching the search.</summary>
    private async Task LoadAsync()
    {
        FormId = Guid.NewGuid();
        ModelState.Remove(nameof(FormId));
        var people = db.People.AsNoTracking();
        if (Search?.Trim() is { Length: > 0 } q)
        {
            // SQLite compares Cyrillic case-sensitively: try the text as typed and with a capital first letter.
            var capital = char.ToUpperInvariant(q[0]) + q[1..];
            people = people.Where(p => p.FullName.Contains(q) || p.FullName.Contains(capital) || p.Position.Contains(q) || p.Position.Contains(capital) || p.Email.Contains(q));
        }

        Total = await people.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await people.OrderByDescending(p => p.IsActive).ThenBy(p => p.FullName).ThenBy(p => p.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        var userIds = page.Where(p => p.UserId != null).Select(p => p.UserId!).ToList();
        var accounts = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, HasPassword = u.PasswordHash != null }).ToListAsync();
        Rows = page.Select(p => accounts.FirstOrDefault(a => a.Id == p.UserId) is { } account
            ? new PersonRow(p, account.Email ?? "", CanInvite: !account.HasPassword)
            : new PersonRow(p, "", CanInvite: true)).ToList();
    }

    /// <param name="CanInvite">No account yet, or an invited account whose password is not set yet.</param>
    public sealed record PersonRow(Person Person, string Account, bool CanInvite);
}
