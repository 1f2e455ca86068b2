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

/// <summary>The order items as posted, with what the rules need to know about the document.</summary>
/// <param name="IsSave">The «Сохранить» button, not a structural one: a new empty item may stay empty until the director saves.</param>
public sealed record ItemsInput(IReadOnlyList<ItemForm> Items, int AppendixCount, bool IsSave);

public sealed class ItemsInputValidator : AbstractValidator<ItemsInput>
{
    public ItemsInputValidator() =>
        RuleForEach(input => input.Items).SetValidator(input => new ItemValidator(input.AppendixCount, input.IsSave));

    // Built per post from what it needs; not exported, so the assembly scan does not register it.
    private sealed class ItemValidator : AbstractValidator<ItemForm>
    {
        public ItemValidator(int appendixCount, bool isSave)
        {
            RuleFor(i => i.Text)
                .Must(text => !string.IsNullOrWhiteSpace(text))
                .When(_ => isSave)
                .WithMessage("Впишите текст пункта или удалите пункт.");
            RuleFor(i => i.AppendixNumber)
                .Must(n => n is null || (n >= 1 && n <= appendixCount))
                .WithMessage(appendixCount == 0 ? "В документе нет приложений." : $"Приложения с таким номером нет: их {appendixCount}.");
        }
    }
}

/// <summary>An appendix as posted by «Сохранить».</summary>
public sealed class AppendixFormValidator : AbstractValidator<AppendixForm>
{
    public AppendixFormValidator()
    {
        RuleFor(a => a.GrifOverride)
            .Must(text => !string.IsNullOrWhiteSpace(text))
            .When(a => a.Grif == GrifChoice.AsWritten)
            .WithMessage("Впишите гриф так, как он написан в источнике, или выберите «из реквизитов приказа».");
        RuleForEach(a => a.Sections).SetValidator(new SectionValidator());
    }

    // Nested only: not exported, so the assembly scan does not register them.
    private sealed class SectionValidator : AbstractValidator<SectionForm>
    {
        public SectionValidator()
        {
            RuleFor(s => s.Number)
                .Must(RegulationNumbering.IsWellFormedSectionNumber)
                .WithMessage("Номер раздела — число с точкой («3.») или римское число («III.»); можно оставить пустым.");
            RuleFor(s => s.Title).MaximumLength(Section.MaxTitleLength)
                .WithMessage($"Название раздела не длиннее {Section.MaxTitleLength} символов.");
            RuleForEach(s => s.Clauses).SetValidator(new ClauseValidator());
        }
    }

    private sealed class ClauseValidator : AbstractValidator<ClauseForm>
    {
        public ClauseValidator()
        {
            // A list straight under a heading is a clause without words of its own (the importer makes such), so
            // only a clause with neither text nor list is empty.
            RuleFor(c => c.Text)
                .Must((clause, text) => !string.IsNullOrWhiteSpace(text) || !string.IsNullOrWhiteSpace(clause.Items))
                .WithMessage("Впишите текст пункта или удалите пункт.")
                .MaximumLength(Clause.MaxTextLength)
                .WithMessage($"Текст пункта не длиннее {Clause.MaxTextLength} символов.");
            RuleFor(c => c.Number)
                .Must(RegulationNumbering.IsWellFormedClauseNumber)
                .WithMessage("Номер пункта — числа через точку, как в документе: «3.6.» или «3.6.1.»; у абзаца без номера — пусто.");
            RuleFor(c => c.Items).MaximumLength(Clause.MaxListLength)
                .WithMessage($"Перечисление пункта не длиннее {Clause.MaxListLength} символов.");
        }
    }
}
