using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>One fragment's form on the unrecognised-text panel.</summary>
public sealed class FragmentInput
{
    /// <summary>The fragment's place in the panel: only to show a refused form's errors next to its own fields.</summary>
    [Display(Name = "Номер фрагмента")]
    public int Index { get; set; }

    /// <summary>The fragment itself: the post names what it assigns, so a stale index cannot move another line.</summary>
    public string Fragment { get; set; } = "";

    [Display(Name = "Что это")]
    public FragmentTarget? Target { get; set; }

    /// <summary>The «Отбросить как шум» button.</summary>
    [Display(Name = "Отбросить как шум")]
    public bool Discard { get; set; }

    /// <summary>The appendix (0-based) for an appendix's grif, heading or mark; empty for the document itself.</summary>
    [Display(Name = "Приложение")]
    public int? Appendix { get; set; }

    /// <summary>«appendix:section» (0-based) for a clause.</summary>
    [Display(Name = "Раздел")]
    public string Section { get; set; } = "";

    [Display(Name = "Вид отметки")]
    public MarkKind? MarkKind { get; set; }

    [Display(Name = "Где стоит отметка")]
    public MarkPlacement Placement { get; set; } = MarkPlacement.TopLeft;

    public FragmentTarget TargetOrNoise => Discard ? FragmentTarget.Noise : Target ?? FragmentTarget.Noise;

    public FragmentPlace Place() => TargetOrNoise == FragmentTarget.Clause && SectionOf(Section) is var (appendix, section)
        ? new FragmentPlace(appendix, section)
        : new FragmentPlace(Appendix, null, MarkKind, Placement);

    public static string SectionValue(int appendix, int section) => string.Create(CultureInfo.InvariantCulture, $"{appendix}:{section}");

    public static (int Appendix, int Section)? SectionOf(string value)
    {
        var parts = (value ?? "").Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var appendix)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var section)
            ? (appendix, section)
            : null;
    }

    /// <summary>The targets the panel offers, in the order a director reads a document, with their Russian labels.</summary>
    public static IReadOnlyList<(FragmentTarget Target, string Label)> Targets(DocumentKind kind) =>
    [
        (FragmentTarget.DocumentGrif, "Гриф утверждения документа («УТВЕРЖДЕНО приказом…», «ПРИНЯТО решением совета…»)"),
        (FragmentTarget.Mark, "Отметка («СОГЛАСОВАНО», «ПРИНЯТО», «РАССМОТРЕНО И ОДОБРЕНО…»)"),
        (FragmentTarget.Title, "Часть заголовка документа"),
        (FragmentTarget.Preamble, "Часть преамбулы (основание)"),
        .. kind == DocumentKind.Order ? [(FragmentTarget.Item, "Пункт приказа (в конец)")] : Array.Empty<(FragmentTarget, string)>(),
        (FragmentTarget.Clause, "Пункт в конце раздела"),
        (FragmentTarget.Signature, "Подпись (должность и фамилия)"),
        (FragmentTarget.Executor, "Строка «Исп.» (исполнитель, телефон)"),
        (FragmentTarget.AppendixTitle, "Заголовок приложения"),
        (FragmentTarget.AppendixGrif, "Гриф приложения"),
    ];

    public static string PlacementTitle(MarkPlacement placement) => placement switch
    {
        MarkPlacement.TopLeft => "вверху слева",
        MarkPlacement.TopRight => "вверху справа",
        _ => "после текста",
    };
}

/// <summary>A fragment's form with the document it is checked against.</summary>
public sealed record FragmentForm(FragmentInput Input, DocumentContent Content);

public sealed class FragmentFormValidator : AbstractValidator<FragmentForm>
{
    public FragmentFormValidator()
    {
        When(f => !f.Input.Discard, () =>
        {
            RuleFor(f => f.Input.Target)
                .NotNull()
                .WithName(nameof(FragmentInput.Target))
                .OverridePropertyName(nameof(FragmentInput.Target))
                .WithMessage("Выберите, что это за текст, или нажмите «Отбросить как шум».");

            RuleFor(f => f.Input.Target)
                .Must((f, target) => f.Content.Kind == DocumentKind.Order)
                .When(f => f.Input.Target == FragmentTarget.Item)
                .OverridePropertyName(nameof(FragmentInput.Target))
                .WithMessage("Пункты бывают только у приказа: выберите «Пункт в конце раздела».");

            RuleFor(f => f.Input.Appendix)
                .Must((f, appendix) => appendix is { } a && UnrecognisedText.TakesAppendix(f.Content, a))
                .When(f => f.Input.Target is FragmentTarget.AppendixGrif or FragmentTarget.AppendixTitle)
                .OverridePropertyName(nameof(FragmentInput.Appendix))
                .WithMessage(f => $"Выберите приложение, {(f.Input.Target == FragmentTarget.AppendixGrif ? "чей это гриф" : "чей это заголовок")}.");

            RuleFor(f => f.Input.Appendix)
                .Must((f, appendix) => appendix is null || UnrecognisedText.TakesAppendix(f.Content, appendix.Value))
                .When(f => f.Input.Target == FragmentTarget.Mark)
                .OverridePropertyName(nameof(FragmentInput.Appendix))
                .WithMessage("Выберите документ или одно из его приложений.");

            RuleFor(f => f.Input.MarkKind)
                .NotNull()
                .When(f => f.Input.Target == FragmentTarget.Mark && !TextPatterns.MarkKeyword().IsMatch(f.Input.Fragment.Trim()))
                .OverridePropertyName(nameof(FragmentInput.MarkKind))
                .WithMessage("В тексте нет слова «СОГЛАСОВАНО», «ПРИНЯТО» или «РАССМОТРЕНО»: выберите вид отметки.");

            RuleFor(f => f.Input.Section)
                .Must((f, section) => FragmentInput.SectionOf(section) is var (a, s)
                    && UnrecognisedText.TakesAppendix(f.Content, a) && s >= 0 && s < f.Content.Appendices[a].Sections.Count)
                .When(f => f.Input.Target == FragmentTarget.Clause)
                .OverridePropertyName(nameof(FragmentInput.Section))
                .WithMessage(f => f.Content.Appendices.Exists(a => a.Sections.Count > 0)
                    ? "Выберите раздел, в конец которого добавить пункт."
                    : "В документе нет разделов: добавьте раздел в приложении или выберите другое.");
        });
    }
}
