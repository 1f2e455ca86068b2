using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Account;

/// <summary>The invitation link: the invited person sets their own password (Identity's rules) and is signed in.</summary>
[AllowAnonymous]
public sealed class InviteModel(
    StaffInvitations invitations, UserManager<AppUser> users, SignInManager<AppUser> signIn, IValidator<InviteInput> validator, ILogger<InviteModel> logger) : PageModel
{
    public const string Unusable = "Ссылка-приглашение недействительна: она уже использована или срок её действия (7 дней) истёк. Попросите администратора прислать новое приглашение.";

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public string Email { get; private set; } = "";
    public bool IsUsable { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string token, CancellationToken ct)
    {
        var invitation = await invitations.FindUsableAsync(token, ct);
        var user = invitation is null ? null : await users.FindByIdAsync(invitation.UserId);
        IsUsable = user is not null && !user.IsDisabled;
        Email = user?.Email ?? "";
        return IsUsable ? Page() : Gone();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string token, CancellationToken ct)
    {
        var invitation = await invitations.FindUsableAsync(token, ct);
        var user = invitation is null ? null : await users.FindByIdAsync(invitation.UserId);
        if (invitation is null || user is null || user.IsDisabled)
        {
            return Gone();
        }

        IsUsable = true;
        Email = user.Email ?? "";
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        // Identity's own rules (the block list, the person's own login) need the user the link belongs to;
        // checked before the link is used up, so a refused password leaves the link valid.
        var identityCheck = await users.CheckNewPasswordAsync(user, Input.Password);
        if (!identityCheck.Succeeded)
        {
            ModelState.AddErrors(identityCheck, "Input.Password", "Input.Password");
            return Page();
        }

        if (!await invitations.ClaimAsync(invitation, ct))
        {
            return Gone();
        }

        var added = await users.AddPasswordAsync(user, Input.Password);
        if (!added.Succeeded)
        {
            ModelState.AddErrors(added, "Input.Password", "Input.Password");
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        logger.LogInformation("Invited user {User} set a password and signed in", user.UserName);
        return LocalRedirect("/account/agreement?returnUrl=/my/documents");
    }

    private PageResult Gone()
    {
        IsUsable = false;
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }
}

public sealed class InviteInput
{
    [Display(Name = "Новый пароль")]
    public string Password { get; set; } = "";
    [Display(Name = "Пароль ещё раз")]
    public string PasswordConfirm { get; set; } = "";
}

public sealed class InviteValidator : AbstractValidator<InviteInput>
{
    public InviteValidator()
    {
        RuleFor(i => i.Password).PortalPassword();
        RuleFor(i => i.PasswordConfirm).SameAs(i => i.Password);
    }
}
