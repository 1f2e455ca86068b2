using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>
/// The editor's panel of text the import could not place: each fragment beside the document as it prints, with a form
/// to say what it is (a mark, a grif, a clause of a section, the signature…) or to discard it as noise. Each choice is
/// audited; publication stays blocked while a fragment is left (PublicationCheck links here).
/// </summary>
[Authorize(Roles = Roles.Director)]
public sealed class UnrecognisedModel(AppDbContext db, TimeProvider time, IValidator<FragmentForm> validator, SubmittedForms submitted) : PageModel
{
    public const string Part = "unrecognised";
    public const string PanelTitle = "Нераспознанный текст";

    public PolicyDocument Document { get; private set; } = default!;
    public DocumentContent Contents { get; private set; } = new();
    public IReadOnlyList<string> Fragments { get; private set; } = [];
    public bool HasConflict { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public FragmentInput Input { get; set; } = new();

    /// <summary>Issued with the page: a second post of the same fragment's form (a double click) answers as the first.</summary>
    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Номер формы")]
    public Guid FormId { get; set; }

    /// <summary>The fragment whose form was posted and refused: its form shows the errors and what was chosen.</summary>
    public int? PostedIndex { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        FormId = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!Document.IsDraft)
        {
            Message = "Опубликованный документ изменить нельзя: сделайте новую редакцию.";
            return Redirect($"/director/documents/{id}");
        }

        var key = string.Create(CultureInfo.InvariantCulture, $"fragment-{id}-{Input.Index}-{Input.Fragment.Trim()}");
        var answer = await submitted.OnceAsync(key, FormId, () => AssignAsync(id));
        if (answer is null)
        {
            return Page();
        }

        Message = answer;
        return Redirect($"/director/documents/{id}/{Part}");
    }

    /// <summary>The message to show after the post, or null when the form was refused (errors are in ModelState).</summary>
    private async Task<string?> AssignAsync(Guid id)
    {
        var result = await validator.ValidateAsync(new FragmentForm(Input, Contents));
        if (!result.IsValid)
        {
            PostedIndex = Math.Clamp(Input.Index, 0, Math.Max(0, Fragments.Count - 1));
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(FieldKey(PostedIndex.Value, error.PropertyName), error.ErrorMessage);
            }

            FormId = Guid.NewGuid();
            return null;
        }

        var description = UnrecognisedText.Assign(Contents, Input.Fragment, Input.TargetOrNoise, Input.Place());
        if (description is null)
        {
            // Assigned already (another tab, a resubmit after Back): nothing left to do with it.
            return $"Фрагмент «{Input.Fragment.Trim()}» уже разнесён.";
        }

        var now = time.GetUtcNow();
        var user = User.Identity!.Name!;
        Document.UpdateDraft(Contents, user, now);
        db.AuditLog.Add(AuditEntry.Record(now, user, AuditActions.Edit, Document.Id.ToString(), $"{PanelTitle}: {description}"));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            HasConflict = true;
            PostedIndex = Math.Clamp(Input.Index, 0, Math.Max(0, Fragments.Count - 1));
            FormId = Guid.NewGuid();
            return null;
        }

        var left = UnrecognisedText.Fragments(Contents).Count;
        return left == 0
            ? $"Сохранено: {description}. Нераспознанного текста больше нет."
            : $"Сохранено: {description}. Осталось фрагментов: {left}.";
    }

    /// <summary>The ModelState key of a field of fragment <paramref name="index"/>'s form: «Fragment2.Target» (id «Fragment2_Target»).</summary>
    public static string FieldKey(int index, string property) =>
        string.Create(CultureInfo.InvariantCulture, $"Fragment{index}.{property}");

    private async Task<bool> LoadAsync(Guid id)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            return false;
        }

        Document = document;
        Contents = document.ReadContent();
        Fragments = UnrecognisedText.Fragments(Contents);
        return true;
    }
}
