using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Acknowledgements;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Printing;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.Web.Pages.My;

/// <summary>
/// One document in full with the explicit signing step: the checkbox and the password re-entered.
/// The signer is the person linked to the signed-in account and the version is the route's: nothing else signs.
/// </summary>
public sealed class SignModel(
    AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AcknowledgementLedger ledger, IValidator<SignInput> validator,
    TimeProvider time, InstitutionAddresses addresses, ILogger<SignModel> logger) : PageModel
{
    public const string AlreadyMessage = "Вы уже ознакомились с этим документом. Повторно подписывать не нужно.";
    public const string SignedMessage = "Ознакомление подтверждено простой электронной подписью.";
    public const string WrongPassword = "Неверный пароль. Ознакомление не подтверждено.";

    [BindProperty]
    public SignInput Input { get; set; } = new();

    public PolicyDocument Document { get; private set; } = default!;
    public DocumentView View { get; private set; } = default!;
    public Acknowledgement? Acknowledgement { get; private set; }
    public bool HasAcceptedAgreement { get; private set; }
    public bool HasPdf { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid id, CancellationToken ct)
    {
        var (result, _, _) = await LoadAsync(id, ct);
        return result ?? Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid id, CancellationToken ct)
    {
        var (result, person, user) = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        if (Document.Status != DocumentStatus.Published)
        {
            return Page();
        }

        if (Acknowledgement is not null)
        {
            Message = AlreadyMessage;
            return RedirectToPage(new { id });
        }

        if (!HasAcceptedAgreement)
        {
            return Redirect($"/account/agreement?returnUrl=/my/documents/{id}");
        }

        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        // A double click sends the same post twice: the twin may have signed meanwhile, and then this post answers as it
        // did. So a failure is counted toward lockout only after the ledger says this person has not signed.
        var check = await signIn.CheckPasswordSignInAsync(user!, Input.Password, lockoutOnFailure: false);
        if (!check.Succeeded)
        {
            if (await ledger.ExistsAsync(id, person!.Id, ct))
            {
                Message = AlreadyMessage;
                return RedirectToPage(new { id });
            }

            var locked = check.IsLockedOut;
            if (!locked && check == Microsoft.AspNetCore.Identity.SignInResult.Failed)
            {
                await users.AccessFailedAsync(user!);
                locked = await users.IsLockedOutAsync(user!);
            }

            logger.LogWarning("Acknowledgement of {Document} by {User}: wrong password (locked out: {Locked})", id, user!.UserName, locked);
            ModelState.AddModelError("Input.Password", locked ? Account.LoginModel.LockedMessage : WrongPassword);
            return Page();
        }

        var pdf = await db.PublishedFiles.AsNoTracking()
            .Where(f => f.DocumentId == id && f.Kind == PublishedFileKind.Package && f.Status == PublishedFileStatus.Ready)
            .Select(f => f.Sha256).FirstOrDefaultAsync(ct);
        var now = time.GetUtcNow();
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString();
        var agent = Request.Headers.UserAgent.ToString();
        var appended = await ledger.AppendAsync(id, person!.Id, previous => Domain.Acknowledgements.Acknowledgement.Electronic(
            id, Document.SnapshotHash!, pdf, person.Id, user!.Id, user.UserName ?? "", now, ip, agent, previous), ct);
        logger.LogInformation("Acknowledgement of {Document} by person {Person} ({User}): {Result}", id, person.Id, user!.UserName, appended);
        Message = appended == AppendResult.Appended ? SignedMessage : AlreadyMessage;
        return RedirectToPage(new { id });
    }

    /// <returns>A result to return at once (404, a redirect) or null with the page's state loaded.</returns>
    private async Task<(IActionResult? Result, Person? Person, AppUser? User)> LoadAsync([FromRoute] Guid id, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        var person = await MyDocuments.PersonOfAsync(db, user?.Id, ct);
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (user is null || person is null || document is null || document.IsDraft || !MyDocuments.Names(document, person.Id))
        {
            return (NotFound(), null, null);
        }

        Document = document;
        View = DocumentView.Of(document, (await addresses.CurrentAsync(HttpContext.RequestAborted)).DocumentLink(id)) with { AcknowledgersOnScreen = DocumentView.ScreenAcknowledgers };
        Acknowledgement = await db.Acknowledgements.AsNoTracking().FirstOrDefaultAsync(a => a.DocumentId == id && a.PersonId == person.Id, ct);
        HasAcceptedAgreement = await SignatureAgreements.HasAcceptedCurrentAsync(db, user.Id, ct);
        HasPdf = await db.PublishedFiles.AnyAsync(f => f.DocumentId == id && f.Kind == PublishedFileKind.Package && f.Status == PublishedFileStatus.Ready, ct);
        return (null, person, user);
    }
}

public sealed class SignInput
{
    [Display(Name = "С документом ознакомлен(а)")]
    public bool Confirmed { get; set; }

    [Display(Name = "Ваш пароль")]
    public string Password { get; set; } = "";
}

public sealed class SignInputValidator : AbstractValidator<SignInput>
{
    public SignInputValidator()
    {
        RuleFor(i => i.Confirmed).Equal(true).WithMessage("Отметьте «С документом ознакомлен(а)».");
        RuleFor(i => i.Password).NotEmpty().WithMessage("Введите свой пароль для подтверждения.");
    }
}
