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

    public SignedDocument Document { get; private set; } = default!;
    public Acknowledgement? Acknowledgement { get; private set; }
    public bool HasAcceptedAgreement { get; private set; }
    public bool HasPdf => Document.PdfSha256 is not null;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid id, CancellationToken ct)
    {
        var (result, _, _) = await LoadAsync(id, withAccount: false, ct);
        return result ?? Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid id, CancellationToken ct)
    {
        var (result, person, user) = await LoadAsync(id, withAccount: true, ct);
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

        var pdf = Document.PdfSha256;
        var now = time.GetUtcNow();
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString();
        var agent = Request.Headers.UserAgent.ToString();
        var appended = await ledger.AppendAsync(id, person!.Id, previous => Domain.Acknowledgements.Acknowledgement.Electronic(
            id, Document.SnapshotHash!, pdf, person.Id, user!.Id, user.UserName ?? "", now, ip, agent, previous), seenAbsent: true, ct);
        logger.LogInformation("Acknowledgement of {Document} by person {Person} ({User}): {Result}", id, person.Id, user!.UserName, appended);
        Message = appended == AppendResult.Appended ? SignedMessage : AlreadyMessage;
        return RedirectToPage(new { id });
    }

    /// <returns>A result to return at once (404, a redirect) or null with the page's state loaded.</returns>
    /// <remarks>
    /// Narrow on purpose (issue 14, «Signing cost»): the document's heading columns, whether it names the person (its
    /// <see cref="DocumentAcknowledger"/> row) and its PDF's SHA-256 in one query; the frozen text is read only when the
    /// page renders it and the rendered body is not kept yet (<see cref="ViewAsync"/>). The account row is read only to
    /// check the password.
    /// </remarks>
    private async Task<(IActionResult? Result, Person? Person, AppUser? User)> LoadAsync(Guid id, bool withAccount, CancellationToken ct)
    {
        var userId = users.GetUserId(User);
        var person = await MyDocuments.PersonOfAsync(db, userId, ct);
        var document = person is null ? null : await SignedDocument.LoadAsync(db, id, person.Id, ct);
        var user = withAccount && document is not null ? await users.GetUserAsync(User) : null;
        if (userId is null || person is null || document is null || !document.NamesPerson || (withAccount && user is null))
        {
            return (NotFound(), null, null);
        }

        Document = document;
        Acknowledgement = document.AcknowledgementId is { } acknowledged ? await db.Acknowledgements.AsNoTracking().SingleAsync(a => a.Id == acknowledged, ct) : null;
        HasAcceptedAgreement = await SignatureAgreements.HasAcceptedCurrentAsync(db, userId, ct);
        return (null, person, user);
    }

    /// <summary>The frozen text for the page, read when the kept rendering of this edition is missing.</summary>
    public async Task<DocumentView> ViewAsync()
    {
        var snapshot = await db.Documents.AsNoTracking().Where(d => d.Id == Document.Id).Select(d => d.SnapshotJson).SingleAsync(HttpContext.RequestAborted);
        var link = (await addresses.CurrentAsync(HttpContext.RequestAborted)).DocumentLink(Document.Id);
        return new DocumentView(DocumentJson.Deserialize(snapshot!), Document.Id, Document.Status, Document.PublishedAt, Document.SnapshotHash, link)
        {
            AcknowledgersOnScreen = DocumentView.ScreenAcknowledgers,
        };
    }

    /// <summary>Key of the kept rendering: one edition of one institution in one state (a supersession changes its marks).</summary>
    public string RenderingKey => $"{db.InstitutionId}:{Document.Id}:{Document.Status}:{Document.SnapshotHash}";
}

/// <summary>What the signing page needs of a published version, without its text.</summary>
public sealed record SignedDocument(
    Guid Id, DocumentKind Kind, string TypeName, string Number, DateOnly? Date, DocumentStatus Status, DateTimeOffset? PublishedAt,
    string? SnapshotHash, Guid? SupersededById, bool NamesPerson, string? PdfSha256, long? AcknowledgementId)
{
    public string ShortTitle => DocumentTitles.Short(Kind, TypeName, Number, Date);

    public static Task<SignedDocument?> LoadAsync(AppDbContext db, Guid id, Guid personId, CancellationToken ct) =>
        db.Documents.AsNoTracking()
            .Where(d => d.Id == id && d.Status != DocumentStatus.Draft)
            .Select(d => new SignedDocument(d.Id, d.Kind, d.TypeName, d.Number, d.Date, d.Status, d.PublishedAt, d.SnapshotHash, d.SupersededById,
                db.DocumentAcknowledgers.Any(r => r.DocumentId == d.Id && r.PersonId == personId),
                db.PublishedFiles.Where(f => f.DocumentId == d.Id && f.Kind == PublishedFileKind.Package && f.Status == PublishedFileStatus.Ready)
                    .Select(f => f.Sha256).FirstOrDefault(),
                db.Acknowledgements.Where(a => a.DocumentId == d.Id && a.PersonId == personId).Select(a => (long?)a.Id).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
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
