using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Public;

namespace PolicyPortal.Web.Pages.Admin.Profile;

[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(AppDbContext db, InstitutionInfo institution, IOutputCacheStore publicPagesCache, ParentContactsSource parentContacts, IValidator<ProfileInput> validator) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // Installed by commands, the portal may have no profile yet: the form starts empty and the save creates it.
        var profile = await db.Institutions.AsNoTracking().OrderBy(i => i.Id).FirstOrDefaultAsync() ?? new InstitutionProfile();
        Input = ProfileInput.From(profile);
        Saved = Request.Query.ContainsKey("saved");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var profile = await db.Institutions.OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
        if (profile is null)
        {
            profile = new InstitutionProfile();
            db.Institutions.Add(profile);
        }

        Input.CopyTo(profile);
        await db.SaveChangesAsync(ct);
        // The name is in every page's header: show the new one at once, on staff and public pages alike.
        institution.Forget();
        parentContacts.Forget();
        await PublicPages.EvictAsync(publicPagesCache, db.InstitutionId);
        return Redirect("/admin/profile?saved=1");
    }
}

public sealed class ProfileInput
{
    [Display(Name = "Учредитель (вышестоящий орган)")]
    public string FounderLine { get; set; } = "";
    [Display(Name = "Полное наименование организации")]
    public string FullName { get; set; } = "";
    [Display(Name = "Краткое наименование")]
    public string ShortName { get; set; } = "";
    [Display(Name = "Тип организации")]
    public InstitutionType Type { get; set; }
    [Display(Name = "Город")]
    public string City { get; set; } = "";
    [Display(Name = "Официальный сайт")]
    public string Website { get; set; } = "";
    [Display(Name = "Телефон")]
    public string Phone { get; set; } = "";
    [Display(Name = "Электронная почта")]
    public string Email { get; set; } = "";
    [Display(Name = "Адрес")]
    public string Address { get; set; } = "";
    [Display(Name = "Часы приёма")]
    public string ReceptionHours { get; set; } = "";
    [Display(Name = "Должность руководителя")]
    public string DirectorPosition { get; set; } = "";
    [Display(Name = "ФИО руководителя")]
    public string DirectorName { get; set; } = "";

    public static ProfileInput From(InstitutionProfile p) => new()
    {
        FounderLine = p.FounderLine, FullName = p.FullName, ShortName = p.ShortName, Type = p.Type,
        City = p.City, Website = p.Website, Phone = p.Phone, Email = p.Email, Address = p.Address, ReceptionHours = p.ReceptionHours,
        DirectorPosition = p.DirectorPosition, DirectorName = p.DirectorName,
    };

    public void CopyTo(InstitutionProfile p)
    {
        p.FounderLine = FounderLine.Trim();
        p.FullName = FullName.Trim();
        p.ShortName = ShortName.Trim();
        p.Type = Type;
        p.City = City.Trim();
        p.Website = Website.Trim();
        p.Phone = Phone.Trim();
        p.Email = Email.Trim();
        p.Address = Address.Trim();
        p.ReceptionHours = ReceptionHours.Trim();
        p.DirectorPosition = DirectorPosition.Trim();
        p.DirectorName = DirectorName.Trim();
    }
}

public sealed class ProfileValidator : AbstractValidator<ProfileInput>
{
    public ProfileValidator()
    {
        RuleFor(i => i.FounderLine).NoLongerThan(InstitutionProfile.MaxFounderLineLength);
        RuleFor(i => i.FullName).NotEmpty().WithMessage("Укажите полное наименование организации.").NoLongerThan(InstitutionProfile.MaxFullNameLength);
        RuleFor(i => i.ShortName).NotEmpty().WithMessage("Укажите краткое наименование, например ТОГБПОУ «Уваровский политехнический колледж».")
            .NoLongerThan(InstitutionProfile.MaxShortNameLength);
        RuleFor(i => i.City).NotEmpty().WithMessage("Укажите город — он печатается в приказе («г. Уварово»).").NoLongerThan(InstitutionProfile.MaxCityLength);
        RuleFor(i => i.Website).Must(ValidationRules.IsEmptyOrAbsoluteHttpUrl).WithMessage("Укажите адрес сайта полностью, например https://college.ru.")
            .NoLongerThan(InstitutionProfile.MaxWebsiteLength);
        RuleFor(i => i.Phone).NoLongerThan(InstitutionProfile.MaxPhoneLength);
        RuleFor(i => i.Email).NoLongerThan(InstitutionProfile.MaxEmailLength)
            .Must(e => e.Trim().Length == 0 || System.Net.Mail.MailAddress.TryCreate(e.Trim(), out var a) && a.Address == e.Trim())
            .WithMessage("Укажите адрес электронной почты, например info@college.ru.");
        RuleFor(i => i.Address).NoLongerThan(InstitutionProfile.MaxAddressLength);
        RuleFor(i => i.ReceptionHours).NoLongerThan(InstitutionProfile.MaxReceptionHoursLength);
        RuleFor(i => i.DirectorName).NotEmpty().WithMessage("Укажите ФИО руководителя.").NoLongerThan(InstitutionProfile.MaxDirectorNameLength);
        RuleFor(i => i.DirectorPosition).NotEmpty().WithMessage("Укажите должность руководителя.").NoLongerThan(InstitutionProfile.MaxDirectorPositionLength);
    }
}
