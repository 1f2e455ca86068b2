using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Services;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Admin.Services;

/// <summary>A registry entry's fields, as the add and edit forms take them.</summary>
public sealed class ServiceInput
{
    /// <summary>The entry being edited (from the route, never from the form), so its own name is not a duplicate.</summary>
    [BindNever]
    public Guid? Id { get; set; }

    [Display(Name = "Наименование")]
    public string Name { get; set; } = "";
    [Display(Name = "Вид")]
    public string Kind { get; set; } = "";
    [Display(Name = "Назначение")]
    public string Purpose { get; set; } = "";
    [Display(Name = "Взаимодействие")]
    public Interaction Interaction { get; set; } = Interaction.Both;
    [Display(Name = "Государственная информационная система или её платформа")]
    public bool IsStateSystem { get; set; }
    [Display(Name = "Правовое основание")]
    public string LegalBasis { get; set; } = "";
    [Display(Name = "Адрес в интернете")]
    public string Url { get; set; } = "";
    [Display(Name = "Как подключиться (для родителей)")]
    public string HowToJoin { get; set; } = "";
    [Display(Name = "Ссылка для подключения")]
    public string JoinUrl { get; set; } = "";
    [Display(Name = "Порядок в списке")]
    public int SortOrder { get; set; }

    public static ServiceInput From(Service s) => new()
    {
        Name = s.Name, Kind = s.Kind, Purpose = s.Purpose, Interaction = s.Interaction, IsStateSystem = s.IsStateSystem,
        LegalBasis = s.LegalBasis, Url = s.Url, SortOrder = s.SortOrder, HowToJoin = s.Joining.Text, JoinUrl = s.Joining.Url,
    };

    public void CopyTo(Service s)
    {
        s.Name = Name.Trim();
        s.Kind = Kind.Trim();
        s.Purpose = Purpose.Trim();
        s.Interaction = Interaction;
        s.IsStateSystem = IsStateSystem;
        s.LegalBasis = LegalBasis.Trim();
        s.Url = Url.Trim();
        s.SortOrder = SortOrder;
        // Left empty for a new entry, the catalog's default for its name applies; emptied on edit, nothing is shown.
        s.HowToJoin = HowToJoin.Trim().Length > 0 || Id is not null ? HowToJoin.Trim() : null;
        s.JoinUrl = JoinUrl.Trim().Length > 0 || Id is not null ? JoinUrl.Trim() : null;
    }
}

/// <summary>
/// The registry entry's rules, including those that need the database: a name on the prohibited list (Telegram,
/// WhatsApp…, whatever the spelling: «Телеграм-чат группы», «Вотсап») and a name already in the registry.
/// </summary>
public sealed class ServiceValidator : AbstractValidator<ServiceInput>
{
    public ServiceValidator(AppDbContext db)
    {
        RuleFor(i => i.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Укажите наименование сервиса, например ИКОП «Сферум».")
            .NoLongerThan(Service.MaxNameLength)
            .CustomAsync(async (name, context, ct) =>
            {
                var trimmed = name.Trim();
                var prohibited = await db.ProhibitedServices.AsNoTracking().Select(p => p.Name).ToListAsync(ct);
                var hit = new ProhibitedMatcher(prohibited).Match(trimmed);
                if (hit is not null)
                {
                    context.AddFailure($"«{hit}» входит в перечень запрещённых иностранных мессенджеров (149-ФЗ, ст. 10, ч. 8): его нельзя внести в реестр.");
                    return;
                }

                // Compared here, not in SQL: SQLite's lower() leaves Cyrillic as it is («МАХ»).
                var exceptId = context.InstanceToValidate.Id;
                var others = await db.Services.AsNoTracking().Where(s => s.Id != exceptId).Select(s => s.Name).ToListAsync(ct);
                if (others.Any(other => string.Equals(other.Trim(), trimmed, StringComparison.OrdinalIgnoreCase)))
                {
                    context.AddFailure("Сервис с таким наименованием уже есть в реестре.");
                }
            });
        RuleFor(i => i.Kind).NotEmpty().WithMessage("Укажите вид: платформа, мессенджер, видеосвязь, электронный журнал…")
            .NoLongerThan(Service.MaxKindLength);
        RuleFor(i => i.Purpose).NotEmpty().WithMessage("Укажите, для чего применяется сервис.")
            .NoLongerThan(Service.MaxPurposeLength);
        RuleFor(i => i.Interaction).Must(i => i is Interaction.Synchronous or Interaction.Asynchronous or Interaction.Both)
            .WithMessage("Выберите вид взаимодействия.");
        RuleFor(i => i.LegalBasis).NoLongerThan(Service.MaxLegalBasisLength);
        RuleFor(i => i.Url).Must(ValidationRules.IsEmptyOrAbsoluteHttpUrl).WithMessage("Укажите адрес полностью, например https://sferum.ru.")
            .NoLongerThan(Service.MaxUrlLength);
        RuleFor(i => i.HowToJoin).NoLongerThan(Service.MaxHowToJoinLength);
        RuleFor(i => i.JoinUrl).Must(ValidationRules.IsEmptyOrAbsoluteHttpUrl).WithMessage("Укажите ссылку полностью, например https://sferum.ru.")
            .NoLongerThan(Service.MaxUrlLength);
        RuleFor(i => i.SortOrder).InclusiveBetween(0, 100_000).WithMessage("Порядок — число от 0 до 100000.");
    }
}
