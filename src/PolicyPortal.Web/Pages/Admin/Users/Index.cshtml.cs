using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Admin.Users;

[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(UserManager<AppUser> users, AppDbContext db, IValidator<NewUserInput> validator, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public const int PageSize = 50;

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    [Display(Name = "Страница")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            await LoadAsync();
            return Page();
        }

        var user = new AppUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim(), FullName = Input.FullName.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            ModelState.AddErrors(created, "Input.Password", "Input.Email");
            await LoadAsync();
            return Page();
        }

        await users.AddToRolesAsync(user, Input.Roles.Where(Roles.All.Contains).Distinct());
        await users.AddClaimAsync(user, TemporaryPassword.Mark());
        logger.LogInformation("{Admin} created user {User} with roles {Roles}", User.Identity?.Name, user.UserName, Input.Roles);
        Message = $"Пользователь {user.FullName} создан.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, List<string> roles)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var wanted = roles.Where(Roles.All.Contains).ToHashSet();
        if (IsSelf(user) && !wanted.Contains(Roles.Administrator))
        {
            Message = "Нельзя снять роль администратора с самого себя.";
            return RedirectToPage();
        }

        var current = await users.GetRolesAsync(user);
        // Only the institution's roles: a curator's role is the region's, given and taken by the command alone.
        await users.RemoveFromRolesAsync(user, current.Where(Roles.All.Contains).Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        await users.UpdateSecurityStampAsync(user);
        // The stamp is re-read only once a minute: end the user's sessions so the new roles apply at once.
        await DatabaseTicketStore.EndSessionsAsync(db, user.Id, keepCurrentOf: HttpContext);
        logger.LogInformation("{Admin} set roles of {User} to {Roles}", User.Identity?.Name, user.UserName, wanted);
        Message = $"Роли пользователя {user.FullName} сохранены.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostToggleAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (IsSelf(user))
        {
            Message = "Нельзя отключить собственную учётную запись.";
            return RedirectToPage();
        }

        user.IsDisabled = !user.IsDisabled;
        await users.UpdateAsync(user);
        // A new security stamp ends the user's sessions at their next request; deleting their session rows ends them now.
        await users.UpdateSecurityStampAsync(user);
        if (user.IsDisabled)
        {
            await DatabaseTicketStore.EndSessionsAsync(db, user.Id);
        }

        logger.LogInformation("{Admin} {Action} user {User}", User.Identity?.Name, user.IsDisabled ? "disabled" : "enabled", user.UserName);
        Message = user.IsDisabled ? $"Учётная запись {user.FullName} отключена." : $"Учётная запись {user.FullName} включена.";
        return RedirectToPage();
    }

    private bool IsSelf(AppUser user) => user.Id == users.GetUserId(User);

    /// <summary>One page of accounts with their roles in two queries, whatever the number of accounts (issue 12: 2,000 staff).</summary>
    private async Task LoadAsync()
    {
        var query = users.Users.AsNoTracking();
        if (Search?.Trim() is { Length: > 0 } q)
        {
            // SQLite compares Cyrillic case-sensitively: try the text as typed and with a capital first letter.
            var capital = char.ToUpperInvariant(q[0]) + q[1..];
            query = query.Where(u => u.FullName.Contains(q) || u.FullName.Contains(capital) || (u.Email != null && u.Email.Contains(q)));
        }

        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var shown = await query.OrderBy(u => u.FullName).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        var ids = shown.Select(u => u.Id).ToList();
        var roles = await (from link in db.UserRoles
                           join role in db.Roles on link.RoleId equals role.Id
                           where ids.Contains(link.UserId)
                           select new { link.UserId, role.Name }).ToListAsync();
        Rows = shown.Select(u => new UserRow(u.Id, u.FullName, u.Email ?? "", u.IsDisabled,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList())).ToList();
    }

    public sealed record UserRow(string Id, string FullName, string Email, bool IsDisabled, IList<string> Roles);
}

public sealed class NewUserInput
{
    [Display(Name = "ФИО")]
    public string FullName { get; set; } = "";
    [Display(Name = "Электронная почта (логин)")]
    public string Email { get; set; } = "";
    [Display(Name = "Временный пароль")]
    public string Password { get; set; } = "";
    public List<string> Roles { get; set; } = [];
}

public sealed class NewUserValidator : AbstractValidator<NewUserInput>
{
    public NewUserValidator()
    {
        RuleFor(i => i.FullName).NotEmpty().WithMessage("Укажите ФИО.").NoLongerThan(AppUser.MaxFullNameLength);
        RuleFor(i => i.Email).NotEmpty().WithMessage("Укажите адрес электронной почты.").EmailAddress().WithMessage("Адрес электронной почты указан неверно.");
        RuleFor(i => i.Password).PortalPassword("Задайте временный пароль.");
        RuleFor(i => i.Roles).NotEmpty().WithMessage("Отметьте хотя бы одну роль.");
    }
}
