using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Services;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Publishing;
using PolicyPortal.Web.Staff;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>
/// The draft editor. The document is edited one part at a time (requisites, items, each appendix, acknowledgement list),
/// each part's form posting to its own handler; every button posts the whole part, so a structural change never loses
/// what was typed. Saves are checked against the revision the form was loaded with: two people saving the same draft
/// get a conflict message, not a silent loss.
/// </summary>
[Authorize(Roles = Roles.Director)]
public sealed class EditModel(AppDbContext db, TimeProvider time, Calendar.PortalCalendar calendar, IValidator<Requisites> requisitesValidator, IValidator<ItemsInput> itemsValidator, IValidator<ApprovalInput> approvalValidator, IValidator<AppendixForm> appendixValidator) : PageModel
{
    public const string ConflictMessage = "Документ изменён в другой вкладке или другим пользователем, пока была открыта эта форма. Ваши изменения не сохранены — они остались в форме ниже: скопируйте нужное и откройте документ заново.";

    public const string RequisitesPart = "requisites";
    public const string ItemsPart = "items";
    public const string AcknowledgersPart = "acknowledgers";
    public const string AppendixPartPrefix = "appendix-";

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

    /// <summary>For a draft dated today or earlier (signed on paper, imported later): the 10 working days to post it (273-ФЗ ст. 29 ч. 3).</summary>
    public string? PostingNote { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? ImportNotes { get; set; }

    [BindProperty] public int Revision { get; set; }
    [BindProperty] public string? Op { get; set; }
    [BindProperty] public DocumentKind Kind { get; set; }
    [BindProperty] public Requisites Requisites { get; set; } = new();
    [BindProperty] public List<ApprovalMark> Marks { get; set; } = [];
    [BindProperty] public ApprovalInput Approval { get; set; } = new();
    [BindProperty] public bool AcknowledgementBlock { get; set; }
    [BindProperty] public List<ItemForm> Items { get; set; } = [];
    [BindProperty] public AppendixForm Appendix { get; set; } = new();
    [BindProperty] public List<Guid> SelectedPeople { get; set; } = [];
    /// <summary>The directory's boxes the form showed: a box not shown (another page, filtered out) keeps its choice.</summary>
    [BindProperty] public List<Guid> ShownPeople { get; set; } = [];
    [BindProperty] public List<string> ChosenPositions { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty] public List<PersonRef> Others { get; set; } = [];
    [BindProperty] public AppendixKind NewAppendixKind { get; set; }
    [BindProperty] public Guid? AddServiceId { get; set; }

    public const int PeoplePerPage = 100;

    /// <summary>The directory's people matching <see cref="Search"/> (name or position), and the page of them shown.</summary>
    public IReadOnlyList<Person> Matching { get; private set; } = [];
    public IReadOnlyList<Person> ShownDirectory { get; private set; } = [];

    private string? bulkMessage;

    public Appendix? CurrentAppendix => AppendixIndex >= 0 && AppendixIndex < Contents.Appendices.Count ? Contents.Appendices[AppendixIndex] : null;

    /// <summary>The handler the current part's form posts to.</summary>
    public string FormHandler => Part switch
    {
        RequisitesPart => "Requisites",
        ItemsPart => "Items",
        AcknowledgersPart => "Acknowledgers",
        "" => "Appendices",
        _ => "Appendix",
    };

    public string PartTitle => Part switch
    {
        RequisitesPart => "Реквизиты",
        ItemsPart => "Пункты приказа",
        AcknowledgersPart => "Ознакомление",
        "" => "Приложения",
        _ => $"Приложение {AppendixIndex + 1}",
    };

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid id, [FromRoute] string? part)
    {
        if (!await LoadAsync(id, part))
        {
            return NotFound();
        }

        FillForms();
        return Page();
    }

    public Task<IActionResult> OnPostRequisitesAsync([FromRoute] Guid id, [FromRoute] string? part) =>
        SaveAsync(id, part, RequisitesPart, SaveRequisitesAsync);

    public Task<IActionResult> OnPostItemsAsync([FromRoute] Guid id, [FromRoute] string? part) =>
        SaveAsync(id, part, ItemsPart, SaveItemsAsync);

    public Task<IActionResult> OnPostAcknowledgersAsync([FromRoute] Guid id, [FromRoute] string? part) =>
        SaveAsync(id, part, AcknowledgersPart, SaveAcknowledgersAsync);

    public Task<IActionResult> OnPostAppendixAsync([FromRoute] Guid id, [FromRoute] string? part) =>
        SaveAsync(id, part, AppendixPartPrefix, SaveAppendixAsync);

    /// <summary>A post without a part's handler (a form opened before the parts had their own) saves nothing.</summary>
    public IActionResult OnPost() => NotFound();

    /// <summary>Adds, removes and moves appendices (the overview's list).</summary>
    public Task<IActionResult> OnPostAppendicesAsync([FromRoute] Guid id, [FromRoute] string? part) =>
        SaveAsync(id, part, "", op => Task.FromResult(ChangeAppendices(op)));

    /// <summary>What a save changed: where to come back to, and the words for the history (null for a plain save).</summary>
    private sealed record Change(string Anchor, string? Description);

    private async Task<IActionResult> SaveAsync(Guid id, string? part, string handlerPart, Func<EditOperation?, Task<Change?>> save)
    {
        if (!await LoadAsync(id, part) || !(Part == handlerPart || (handlerPart == AppendixPartPrefix && CurrentAppendix is not null)))
        {
            return NotFound();
        }

        if (!Document.IsDraft)
        {
            // A form resubmitted after publication (Back, a second tab) changes nothing and says why, on the document.
            Message = "Опубликованный документ изменить нельзя: сделайте новую редакцию.";
            return Redirect($"/director/documents/{id}");
        }

        var operation = EditOperation.Parse(Op);
        if (Revision != Document.Revision)
        {
            return await IsRepeatedSaveAsync(operation, save) ? Redirect($"/director/documents/{id}/{Part}") : ShowConflict();
        }

        // A value that could not be read («31.02.2025») is refused with the rest, not saved as an empty field.
        if (await save(operation) is not { } change || !ModelState.IsValid)
        {
            return Page();
        }

        var now = time.GetUtcNow();
        var user = User.Identity!.Name!;
        Document.UpdateDraft(Contents, user, now);
        var details = change.Description is null ? PartTitle : $"{PartTitle}: {change.Description}";
        db.AuditLog.Add(AuditEntry.Record(now, user, AuditActions.Edit, Document.Id.ToString(), details));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return ShowConflict();
        }

        Message = bulkMessage ?? (operation is null ? await SavedMessageAsync(id) : null);
        return Redirect($"/director/documents/{id}/{Part}{change.Anchor}");
    }

    /// <summary>«Сохранено.», and what in this part still stands in the way of publication (an empty date, an empty item…).</summary>
    private async Task<string> SavedMessageAsync(Guid id)
    {
        var partUrl = $"/director/documents/{id}/{Part}".TrimEnd('/');
        var check = await DocumentChecks.CheckAsync(db, id, Contents);
        var missing = check.Errors
            .Where(e => CheckLinks.For(id, e.PropertyName) is var link && (link == partUrl || link.StartsWith(partUrl + "#", StringComparison.Ordinal)))
            .Select(e => e.ErrorMessage)
            .ToList();
        return missing.Count == 0 ? "Сохранено." : $"Сохранено. Для публикации ещё нужно: {string.Join(" ", missing)}";
    }

    /// <summary>
    /// The second post of a double click on «Сохранить» carries the revision the first one replaced. If this user made
    /// that save and the form says what is saved now, it is the same save: answer as the first did, not with a conflict.
    /// </summary>
    private async Task<bool> IsRepeatedSaveAsync(EditOperation? operation, Func<EditOperation?, Task<Change?>> save)
    {
        if (operation is not null || Revision != Document.Revision - 1 || Document.UpdatedBy != User.Identity!.Name)
        {
            return false;
        }

        var saved = DocumentJson.Serialize(Contents);
        var repeated = await save(null) is not null && ModelState.IsValid && DocumentJson.Serialize(Contents) == saved;
        Contents = Document.ReadContent();
        ModelState.Clear();
        if (repeated)
        {
            Message = await SavedMessageAsync(Document.Id);
        }

        return repeated;
    }

    private PageResult ShowConflict()
    {
        // Said once, by the notice with its link to the current version: not again in the form's error summary.
        HasConflict = true;
        return Page();
    }

    private async Task<Change?> SaveRequisitesAsync(EditOperation? op)
    {
        var result = await requisitesValidator.ValidateAsync(Requisites);
        var approval = await approvalValidator.ValidateAsync(Approval);
        if (!result.IsValid || !approval.IsValid)
        {
            ModelState.AddErrors(result, nameof(Requisites));
            ModelState.AddErrors(approval, nameof(Approval));
            return null;
        }

        Contents.Kind = Kind;
        Contents.Requisites = Trim(Requisites);
        Contents.Approval = Approval.ToApproval();
        Contents.AcknowledgementBlock = AcknowledgementBlock;
        Contents.ApprovalMarks = Marks.Select(AppendixForm.Trimmed).ToList();
        return op?.Noun == "mark" ? Edited("#mark", op.ApplyTo(Contents.ApprovalMarks, op.At(0), () => new ApprovalMark())) : Saved;
    }

    private async Task<Change?> SaveItemsAsync(EditOperation? op)
    {
        var result = await itemsValidator.ValidateAsync(new ItemsInput(Items, Contents.Appendices.Count, IsSave: op is null));
        if (!result.IsValid)
        {
            ModelState.AddErrors(result, "");
            return null;
        }

        Contents.Items = Items.Select(i => i.ToItem()).ToList();
        PersonLines.LinkToDirectory(Contents.Items.SelectMany(i => i.Responsible), Directory);
        return op?.Noun == "item" ? Edited("#item", op.ApplyTo(Contents.Items, op.At(0), () => new DirectiveItem())) : Saved;
    }

    private async Task<Change?> SaveAcknowledgersAsync(EditOperation? op)
    {
        // A plain save drops rows left empty; a structural button keeps them (a row just added is empty).
        var others = op is null
            ? Others.Where(o => !string.IsNullOrWhiteSpace(o.FullName) || !string.IsNullOrWhiteSpace(o.Position)).ToList()
            : Others.ToList();
        if (op is null)
        {
            for (var i = 0; i < Others.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(Others[i].FullName) && !string.IsNullOrWhiteSpace(Others[i].Position))
                {
                    ModelState.AddModelError($"Others[{i}].FullName", $"Укажите фамилию, имя и отчество: «{Others[i].Position.Trim()}» — ознакомиться может только человек.");
                }
            }

            if (!ModelState.IsValid)
            {
                return null;
            }
        }

        // The form carries no person id for these rows: a posted one is forged. A row keeps the id only when the saved
        // list already had that person under the same name (someone deactivated in the directory since).
        var inDirectory = DirectoryIds();
        var saved = Contents.Acknowledgers.Where(a => a.PersonId is { } id && !inDirectory.Contains(id)).ToList();
        foreach (var other in others)
        {
            other.PersonId = saved.FirstOrDefault(a => a.FullName == other.FullName?.Trim())?.PersonId;
        }

        // Boxes the form did not show keep what was saved; the shown ones say what the director ticked.
        var shown = ShownPeople.ToHashSet();
        var chosen = Contents.Acknowledgers.Where(a => a.PersonId is { } id && !shown.Contains(id)).Select(a => a.PersonId!.Value)
            .Concat(SelectedPeople.Where(shown.Contains))
            .ToHashSet();
        var change = op?.Noun == "other" ? Edited("#other", op.ApplyTo(others, op.At(0), () => new PersonRef())) : Saved;
        if (op is { Verb: EditVerb.Fill, Noun: "everyone" or "positions" or "named" } or { Verb: EditVerb.Remove, Noun: "everyone" })
        {
            change = ChooseMany(op, chosen);
            if (change is null)
            {
                return null;
            }
        }

        // Whoever is named must acknowledge: a name not in the directory is added to it, so the status page,
        // the paper record and the sheet track them.
        await DirectoryTracking.TrackAsync(db, others, Directory);
        Contents.Acknowledgers = [.. Directory.Where(p => chosen.Contains(p.Id)).Select(p => PersonRef.Of(p.FullName, p.Position, p.Id)), .. others];
        Contents.Acknowledgers = Contents.Acknowledgers.DistinctBy(a => a.PersonId?.ToString() ?? $"{a.FullName}|{a.Position}").ToList();
        return change;
    }

    /// <summary>«Все сотрудники», «по должности», «все, кто назван в приказе и приложениях» and «очистить список».</summary>
    private Change? ChooseMany(EditOperation op, HashSet<Guid> chosen)
    {
        if (op.Verb == EditVerb.Remove)
        {
            var inDirectory = DirectoryIds();
            var removed = chosen.Count(inDirectory.Contains);
            chosen.RemoveWhere(inDirectory.Contains);
            bulkMessage = $"Из списка ознакомления убраны сотрудники справочника: {removed}.";
            return new("", $"из списка ознакомления убраны все сотрудники справочника ({removed})");
        }

        if (op.Noun == "positions" && ChosenPositions.Count == 0)
        {
            ModelState.AddModelError(nameof(ChosenPositions), "Отметьте хотя бы одну должность, чтобы добавить всех, кто её занимает.");
            return null;
        }

        var named = op.Noun == "named" ? AcknowledgerChoice.NamedIn(Contents, Directory) : null;
        var people = op.Noun switch
        {
            "everyone" => AcknowledgerChoice.Everyone(Directory),
            "positions" => AcknowledgerChoice.WithPositions(Directory, ChosenPositions),
            _ => named!.Found,
        };
        var added = people.Count(p => chosen.Add(p.Id));
        var what = op.Noun switch
        {
            "everyone" => "все сотрудники",
            "positions" => $"сотрудники в должностях: {string.Join(", ", ChosenPositions.Select(p => $"«{p.Trim()}»"))}",
            _ => "все, кто назван в приказе и приложениях",
        };
        bulkMessage = $"Добавлены в список ознакомления {what}: {added} (уже были в списке: {people.Count - added}).";
        if (named is { Missing.Count: > 0 })
        {
            bulkMessage += $" Не найдены в справочнике: {string.Join("; ", named.Missing)}. Добавьте их в справочник «Сотрудники» или строкой «Не из справочника».";
        }

        return new("", $"в список ознакомления добавлены {what} ({added})");
    }

    private Change? ChangeAppendices(EditOperation? op)
    {
        if (op?.Noun != "appendix")
        {
            return Saved;
        }

        var index = op.At(0);
        var label = index + 1;
        switch (op.Verb)
        {
            case EditVerb.Add:
                AppendixOrdering.Add(Contents, new Appendix { Kind = NewAppendixKind, Title = DocumentTitles.AppendixKind(NewAppendixKind) });
                label = Contents.Appendices.Count;
                break;
            case EditVerb.Remove:
                AppendixOrdering.Remove(Contents, index);
                break;
            case EditVerb.Up:
                AppendixOrdering.Move(Contents, index, -1);
                break;
            case EditVerb.Down:
                AppendixOrdering.Move(Contents, index, 1);
                break;
            default:
                return Saved;
        }

        return new("#appendices", op.Describe(label.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task<Change?> SaveAppendixAsync(EditOperation? op)
    {
        var appendix = CurrentAppendix!;
        if (op is null && await appendixValidator.ValidateAsync(Appendix) is { IsValid: false } invalid)
        {
            ModelState.AddErrors(invalid, nameof(Appendix));
            return null;
        }

        Appendix.ApplyTo(appendix);
        if (appendix.Kind == AppendixKind.Roster)
        {
            PersonLines.LinkToDirectory(appendix.Roster.SelectMany(g => g.Persons), Directory);
        }

        if (op is null)
        {
            return Saved;
        }

        var sections = appendix.Sections;
        switch (op.Noun)
        {
            case "mark":
                return Edited("#mark", op.ApplyTo(appendix.ApprovalMarks, op.At(0), () => new ApprovalMark()));
            case "section":
                return Edited("#s", op.ApplyTo(sections, op.At(0), () => RegulationNumbering.NewSection(sections, op.At(0)), (s, _) => s.Number));
            case "clause" when op.At(0) >= 0 && op.At(0) < sections.Count:
                var section = sections[op.At(0)];
                return Edited($"#s{op.At(0)}c", op.ApplyTo(section.Clauses, op.At(1), () => RegulationNumbering.NewClause(section, op.At(1)), (c, _) => c.Number));
            case "numbers" when op.Verb == EditVerb.Renumber:
                RegulationNumbering.Renumber(sections);
                return new("", op.Describe(null));
            case "service":
                return Edited("#svc", op.ApplyTo(appendix.Services, op.At(0), NewService, (s, i) => string.IsNullOrWhiteSpace(s.Name) ? $"{i + 1}" : $"«{s.Name.Trim()}»"));
            case "group":
                return Edited("#g", op.ApplyTo(appendix.Roster, op.At(0), () => new RosterGroup()));
            case "prohibited" when op.Verb == EditVerb.Fill:
                var dictionary = await db.ProhibitedServices.AsNoTracking().OrderBy(p => p.Name).ToListAsync();
                appendix.ProhibitedServices = dictionary.Select(p => p.Name).ToList();
                appendix.ProhibitedAsOf = dictionary.Count > 0 ? dictionary.Max(p => p.AsOf) : null;
                return new("", op.Describe(null));
            default:
                return Saved;
        }
    }

    private static Change Saved { get; } = new("", null);

    private static Change Edited(string anchor, (int At, string Description) edit) => new($"{anchor}{edit.At}", edit.Description);

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
        if (Part.StartsWith(AppendixPartPrefix, StringComparison.Ordinal))
        {
            AppendixIndex = int.TryParse(Part[AppendixPartPrefix.Length..], out var n) ? n - 1 : -1;
            if (CurrentAppendix is null)
            {
                return false;
            }
        }
        else if (Part is not ("" or RequisitesPart or ItemsPart or AcknowledgersPart))
        {
            return false;
        }

        Directory = await db.People.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.FullName).ToListAsync();
        if (Part == AcknowledgersPart)
        {
            var search = Search?.Trim() ?? "";
            Matching = search.Length == 0
                ? Directory
                : Directory.Where(p => p.FullName.Contains(search, StringComparison.OrdinalIgnoreCase) || p.Position.Contains(search, StringComparison.OrdinalIgnoreCase)).ToList();
            var pages = Math.Max(1, (Matching.Count + PeoplePerPage - 1) / PeoplePerPage);
            PageNumber = Math.Clamp(PageNumber, 1, pages);
            ShownDirectory = Matching.Skip((PageNumber - 1) * PeoplePerPage).Take(PeoplePerPage).ToList();
        }

        Registry = await db.Services.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync();
        History = await db.AuditLog.AsNoTracking().Where(a => a.EntityId == id.ToString()).OrderByDescending(a => a.Id).Take(50).ToListAsync();
        if (document.SupersedesId is { } earlier)
        {
            Supersedes = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == earlier);
        }

        if (Part == "" && document.IsDraft)
        {
            Check = await DocumentChecks.CheckAsync(db, id, Contents);
            var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            if (Contents.Requisites.Date is { } signed && signed <= today)
            {
                PostingNote = Domain.Calendar.PostingDeadline.Describe(signed, today, await calendar.CurrentAsync());
            }
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
        Approval = ApprovalInput.From(Contents.Approval);
        AcknowledgementBlock = Contents.AcknowledgementBlock;
        Items = Contents.Items.Select(ItemForm.From).ToList();
        if (CurrentAppendix is { } appendix)
        {
            Appendix = AppendixForm.From(appendix);
        }

        SelectedPeople = Contents.Acknowledgers.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value).ToList();
        var inDirectory = DirectoryIds();
        Others = Contents.Acknowledgers.Where(a => a.PersonId is not { } id || !inDirectory.Contains(id)).ToList();
    }

    // A set, not Directory.All per acknowledger: 2,000 acknowledgers against 2,000 people was 4 million comparisons a page.
    private HashSet<Guid> DirectoryIds() => Directory.Select(p => p.Id).ToHashSet();

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
        DateAsWritten = r.DateAsWritten.Trim(),
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
