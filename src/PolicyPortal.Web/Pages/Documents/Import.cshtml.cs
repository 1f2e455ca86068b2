using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Import;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>Creates a draft from the pasted text of an existing order or regulation, or from an uploaded DOCX.</summary>
[Authorize(Roles = Roles.Director)]
[RequestSizeLimit(DocxUpload.MaxBytes + OverheadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DocxUpload.MaxBytes + OverheadBytes, ValueLengthLimit = (int)DocxUpload.MaxBytes)]
public sealed class ImportModel(AppDbContext db, IValidator<ImportInput> validator, TimeProvider time, ILogger<ImportModel> logger) : PageModel
{
    /// <summary>Room for the form's other fields beside a file of the maximum size.</summary>
    private const long OverheadBytes = 1024 * 1024;

    [BindProperty]
    public ImportInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var text = Input.Text;
        var source = "вставленный текст";
        if (Input.File is { Length: > 0 } file)
        {
            await using var stream = file.OpenReadStream();
            var upload = await DocxUpload.ReadAsync(stream, file.Length, cancellationToken);
            if (upload.Error is not null)
            {
                // Not a rule on the form: whether a file is a readable DOCX is known only by reading it, which is the import itself.
                ModelState.AddModelError("Input.File", upload.Error);
                return Page();
            }

            text = upload.Text;
            source = $"файл {Path.GetFileName(file.FileName)}";
        }

        var userName = User.Identity?.Name ?? "";
        var imported = await DraftImport.AddDraftAsync(db, text, source, userName, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{User} imported draft {Document} from {Source}", userName, imported.Document.Id, source);
        // The editor shows these above the draft.
        TempData["ImportNotes"] = string.Join("\n", imported.Notes);
        return Redirect($"/director/documents/{imported.Document.Id}?imported=1");
    }
}

public sealed class ImportInput
{
    [Display(Name = "Текст документа")]
    public string Text { get; set; } = "";

    [Display(Name = "Или файл DOCX")]
    public IFormFile? File { get; set; }
}

/// <summary>Either pasted text or a DOCX file, not both. Whether the file is a readable DOCX is known only by reading it (<see cref="DocxUpload"/>).</summary>
public sealed class ImportInputValidator : AbstractValidator<ImportInput>
{
    public ImportInputValidator()
    {
        RuleFor(i => i.Text).NotEmpty().Unless(HasFile).WithMessage("Вставьте текст документа или выберите файл DOCX.");
        RuleFor(i => i.File).Must((input, _) => string.IsNullOrWhiteSpace(input.Text)).When(HasFile)
            .WithMessage("Выберите что-то одно: вставленный текст или файл. Очистите поле с текстом, чтобы загрузить файл.");
    }

    private static bool HasFile(ImportInput input) => input.File is { Length: > 0 };
}
