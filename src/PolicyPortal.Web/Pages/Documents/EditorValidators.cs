using FluentValidation;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>What a draft's requisites must satisfy just to be saved (completeness is the publication check's job).</summary>
public sealed class RequisitesInputValidator : AbstractValidator<Requisites>
{
    public RequisitesInputValidator()
    {
        RuleFor(r => r.Number).MaximumLength(64).WithMessage("Номер не длиннее 64 символов.");
        RuleFor(r => r.Title).MaximumLength(2000).WithMessage("Заголовок не длиннее 2000 символов.");
        RuleFor(r => r.Date).Must(d => d is null || (d.Value.Year >= 1990 && d.Value.Year <= 2100)).WithMessage("Проверьте год в дате документа.");
        RuleFor(r => r.DocumentTypeName).NotEmpty().WithMessage("Укажите вид документа: ПРИКАЗ, ПОЛОЖЕНИЕ…");
    }
}

public sealed class ItemsInputValidator : AbstractValidator<List<ItemForm>>
{
    public ItemsInputValidator(int appendixCount) =>
        RuleForEach(items => items).ChildRules(item =>
            item.RuleFor(i => i.AppendixNumber)
                .Must(n => n is null || (n >= 1 && n <= appendixCount))
                .WithMessage(appendixCount == 0 ? "В документе нет приложений." : $"Приложения с таким номером нет: их {appendixCount}."));
}
