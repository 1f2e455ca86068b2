using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Services;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>
/// The draft editor. The document is edited one part at a time (requisites, items, each appendix, acknowledgement list);
/// every button posts the whole part, so a structural change never loses what was typed. Saves are checked against
/// the revision the form was loaded with: two people saving the same draft get a conflict message, not a silent loss.
/// </summary>
[Authorize(Roles = Roles.Director)]
public sealed class EditModel(AppDbContext db, TimeProvider time) : PageModel
{
    public const string ConflictMessage = "Пока вы редактировали, документ сохранил другой пользователь. Ваши изменения не сохранены — они остались в форме ниже: скопируйте нужное и откройте документ заново.";

    public PolicyDocument Document { get; private set; } = default!;
    public DocumentContent Contents { get; private set; } = new();
    public string Part { get; private set; } = "";
    public int AppendixIndex { get; private set; } = -1;
    public CheckResult? Check { get; private set; }
    public IReadOnlyList<Person> Directory { get; private set; } = [];
    public IReadOnlyList<Service> Registry { get; private set; } = [];
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];
    public PolicyDocument? Supersedes { get; private set; }
    public IReadOnlyList<PublishedFileRow> Files { get; private set; } = [];
    public bool HasConflict { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? ImportNotes { get; set; }

    [BindProperty] public int Revision { get; set; }
    [BindProperty] public string? Op { get; set; }
    [BindProperty] public DocumentKind Kind { get; set; }
    [BindProperty] public Requisites Requisites { get; set; } = new();
    [BindProperty] public List<ApprovalMark> Marks { get; set; } = [];
    [BindProperty] public List<ItemForm> Items { get; set; } = [];
    [BindProperty] public AppendixForm Appendix { get; set; } = new();
    [BindProperty] public List<Guid> SelectedPeople { get; set; } = [];
    [BindProperty] public List<PersonRef> Others { get; set; } = [];
    [BindProperty] public AppendixKind NewAppendixKind { get; set; }
    [BindProperty] public Guid? AddServiceId { get; set; }

    public Appendix? CurrentAppendix => AppendixIndex >= 0 && AppendixIndex < Contents.Appendices.Count ? Contents.Appendices[AppendixIndex] : null;

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid id, [FromRoute] string? part)
    {
        if (!await LoadAsync(id, part))
        {
            return NotFound();
        }

        FillForms();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid id, [FromRoute] string? part)
    {
        if (!await LoadAsync(id, part))
        {
            return NotFound();
        }

        if (!Document.IsDraft)
        {
            Message = "Опубликованный документ изменить нельзя: сделайте новую редакцию.";
            return StatusCode(StatusCodes.Status409Conflict);
        }

        if (Revision != Document.Revision)
        {
            return ShowConflict();
        }

        ValidatePostedPart();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var operation = EditOperation.Parse(Op);
        var anchor = Apply(operation);
        Document.UpdateDraft(Contents, User.Identity!.Name!, time.GetUtcNow());
        db.AuditLog.Add(AuditEntry.Record(time.GetUtcNow(), User.Identity!.Name!, "edit", Document.Id.ToString(), $"{PartTitle} {Op}".Trim()));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return ShowConflict();
        }

        Message = operation is null ? "Сохранено." : null;
        return Redirect($"/director/documents/{id}/{Part}{anchor}");
    }

    private PageResult ShowConflict()
    {
        HasConflict = true;
        ModelState.AddModelError("", ConflictMessage);
        return Page();
    }

    public string PartTitle => Part switch
    {
        "requisites" => "Реквизиты",
        "items" => "Пункты приказа",
        "acknowledgers" => "Ознакомление",
        "" => "Обзор",
        _ => CurrentAppendix is { } a ? $"Приложение {AppendixIndex + 1}" : "",
    };

    private async Task<bool> LoadAsync(Guid id, string? part)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            return false;
        }

        Document = document;
        Contents = document.ReadContent();
        Part = part ?? "";
        if (Part.StartsWith("appendix-", StringComparison.Ordinal))
        {
            AppendixIndex = int.TryParse(Part["appendix-".Length..], out var n) ? n - 1 : -1;
            if (CurrentAppendix is null)
            {
                return false;
            }
        }
        else if (Part is not ("" or "requisites" or "items" or "acknowledgers"))
        {
            return false;
        }

        Directory = await db.People.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.FullName).ToListAsync();
        Registry = await db.Services.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync();
        History = await db.AuditLog.AsNoTracking().Where(a => a.EntityId == id.ToString()).OrderByDescending(a => a.Id).Take(50).ToListAsync();
        if (document.SupersedesId is { } earlier)
        {
            Supersedes = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == earlier);
        }

        if (Part == "" && document.IsDraft)
        {
            Check = await DocumentChecks.CheckAsync(db, id, Contents);
        }

        if (Part == "" && !document.IsDraft)
        {
            Files = await db.PublishedFiles.AsNoTracking().Where(f => f.DocumentId == id)
                .OrderBy(f => f.AppendixNumber)
                .Select(f => new PublishedFileRow(f.AppendixNumber, f.FileName, f.Status, f.Error, f.Sha256))
                .ToListAsync();
        }

        return true;
    }

    private void FillForms()
    {
        Revision = Document.Revision;
        Kind = Contents.Kind;
        Requisites = Contents.Requisites;
        Marks = Contents.ApprovalMarks;
        Items = Contents.Items.Select(ItemForm.From).ToList();
        if (CurrentAppendix is { } appendix)
        {
            Appendix = AppendixForm.From(appendix);
        }

        SelectedPeople = Contents.Acknowledgers.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value).ToList();
        Others = Contents.Acknowledgers.Where(a => a.PersonId is null || Directory.All(d => d.Id != a.PersonId)).ToList();
    }

    private void ValidatePostedPart()
    {
        var result = Part switch
        {
            "requisites" => new RequisitesInputValidator().Validate(Requisites),
            "items" => new ItemsInputValidator(Contents.Appendices.Count).Validate(Items),
            _ => null,
        };
        if (result is not null)
        {
            ModelState.AddErrors(result, Part == "requisites" ? "Requisites" : "Items");
        }
    }

    /// <summary>Writes the posted part into the content, applies the button's operation, and returns the anchor to come back to.</summary>
    private string Apply(EditOperation? op)
    {
        switch (Part)
        {
            case "requisites":
                Contents.Kind = Kind;
                Contents.Requisites = Trim(Requisites);
                Contents.ApprovalMarks = Marks.Select(AppendixForm.Trimmed).ToList();
                return op?.Noun == "mark" ? $"#mark{EditOperation.ApplyToList(Contents.ApprovalMarks, op.Verb, op.At(0), () => new ApprovalMark())}" : "";
            case "items":
                Contents.Items = Items.Select(i => i.ToItem()).ToList();
                PersonLines.LinkToDirectory(Contents.Items.SelectMany(i => i.Responsible), Directory);
                return op?.Noun == "item" ? $"#item{EditOperation.ApplyToList(Contents.Items, op.Verb, op.At(0), () => new DirectiveItem())}" : "";
            case "acknowledgers":
                var others = op is null
                    ? Others.Where(o => !string.IsNullOrWhiteSpace(o.FullName) || !string.IsNullOrWhiteSpace(o.Position)).ToList()
                    : Others.ToList();
                var at = op?.Noun == "other" ? EditOperation.ApplyToList(others, op.Verb, op.At(0), () => new PersonRef()) : -1;
                Contents.Acknowledgers = [.. Directory.Where(p => SelectedPeople.Contains(p.Id)).Select(p => PersonRef.Of(p.FullName, p.Position, p.Id)), .. others];
                return at >= 0 ? $"#other{at}" : "";
            case "":
                return ApplyToAppendices(op);
            default:
                return ApplyToAppendix(CurrentAppendix!, op);
        }
    }

    private string ApplyToAppendices(EditOperation? op)
    {
        if (op?.Noun != "appendix")
        {
            return "";
        }

        var index = op.At(0);
        switch (op.Verb)
        {
            case "add":
                AppendixOrdering.Add(Contents, new Appendix { Kind = NewAppendixKind, Title = DocumentTitles.AppendixKind(NewAppendixKind) });
                break;
            case "remove":
                AppendixOrdering.Remove(Contents, index);
                break;
            case "up":
                AppendixOrdering.Move(Contents, index, -1);
                break;
            case "down":
                AppendixOrdering.Move(Contents, index, 1);
                break;
        }

        return "#appendices";
    }

    private string ApplyToAppendix(Appendix appendix, EditOperation? op)
    {
        Appendix.ApplyTo(appendix);
        if (appendix.Kind == AppendixKind.Roster)
        {
            PersonLines.LinkToDirectory(appendix.Roster.SelectMany(g => g.Persons), Directory);
        }

        if (op is null)
        {
            return "";
        }

        switch (op.Noun)
        {
            case "mark":
                return $"#mark{EditOperation.ApplyToList(appendix.ApprovalMarks, op.Verb, op.At(0), () => new ApprovalMark())}";
            case "section":
                var sections = appendix.Sections;
                var sectionNumber = RegulationNumbering.Next(op.At(0) >= 0 && op.At(0) < sections.Count ? sections[op.At(0)].Number : "0.");
                return $"#s{EditOperation.ApplyToList(sections, op.Verb, op.At(0), () => new Section { Number = sectionNumber, Clauses = { new Clause { Number = $"{sectionNumber}1." } } })}";
            case "clause" when op.At(0) >= 0 && op.At(0) < appendix.Sections.Count:
                var section = appendix.Sections[op.At(0)];
                var clauses = section.Clauses;
                var clauseNumber = op.At(1) >= 0 && op.At(1) < clauses.Count ? RegulationNumbering.Next(clauses[op.At(1)].Number) : $"{section.Number.TrimEnd('.')}.1.";
                return $"#s{op.At(0)}c{EditOperation.ApplyToList(clauses, op.Verb, op.At(1), () => new Clause { Number = clauseNumber })}";
            case "numbers":
                RegulationNumbering.Renumber(appendix.Sections);
                return "";
            case "service":
                return $"#svc{EditOperation.ApplyToList(appendix.Services, op.Verb, op.At(0), () => NewService())}";
            case "group":
                return $"#g{EditOperation.ApplyToList(appendix.Roster, op.Verb, op.At(0), () => new RosterGroup())}";
            case "prohibited":
                var dictionary = db.ProhibitedServices.AsNoTracking().OrderBy(p => p.Name).ToList();
                appendix.ProhibitedServices = dictionary.Select(p => p.Name).ToList();
                appendix.ProhibitedAsOf = dictionary.Count > 0 ? dictionary.Max(p => p.AsOf) : null;
                return "";
            default:
                return "";
        }
    }

    private ServiceEntry NewService()
    {
        var service = Registry.FirstOrDefault(s => s.Id == AddServiceId);
        return service is null
            ? new ServiceEntry()
            : new ServiceEntry { ServiceId = service.Id, Name = service.Name, Purpose = service.Purpose, Interaction = service.Interaction, IsStateSystem = service.IsStateSystem, Url = service.Url };
    }

    private static Requisites Trim(Requisites r) => new()
    {
        FounderLine = r.FounderLine.Trim(),
        InstitutionName = r.InstitutionName.Trim(),
        InstitutionShortName = r.InstitutionShortName.Trim(),
        DocumentTypeName = r.DocumentTypeName.Trim(),
        Date = r.Date,
        Number = r.Number.Trim(),
        Place = r.Place.Trim(),
        Title = r.Title.Trim(),
        Preamble = r.Preamble.Trim(),
        SignatoryPosition = r.SignatoryPosition.Trim(),
        SignatoryName = r.SignatoryName.Trim(),
        Executor = r.Executor.Trim(),
    };
}

/// <summary>A published document's PDF as the overview lists it.</summary>
public sealed record PublishedFileRow(int AppendixNumber, string FileName, PublishedFileStatus Status, string? Error, string? Sha256);
