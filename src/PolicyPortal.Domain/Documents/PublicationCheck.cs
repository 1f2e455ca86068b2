using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using PolicyPortal.Domain.Import;
using PolicyPortal.Domain.Services;

namespace PolicyPortal.Domain.Documents;

/// <summary>
/// Whether a document may be published. Errors block publication, warnings only advise; when an already
/// approved paper document is imported, everything is a warning. Property names are field paths
/// («Appendices[1].Services[0].Name») so the UI can take the director to the field.
/// </summary>
public sealed partial class PublicationCheck : AbstractValidator<DocumentContent>
{
    private readonly PublicationContext context;
    private readonly Severity blocking;

    public PublicationCheck(PublicationContext context)
    {
        this.context = context;
        blocking = context.IsImportOfApprovedDocument ? Severity.Warning : Severity.Error;

        RuleFor(x => x.Requisites.Number)
            .Must(number => !string.IsNullOrWhiteSpace(number))
            .WithMessage("Укажите номер документа.")
            .WithSeverity(blocking);

        RuleFor(x => x.Requisites.Number)
            .Must(number => !IsUsed(number))
            .When(x => !string.IsNullOrWhiteSpace(x.Requisites.Number))
            .WithMessage(x => $"Номер «{x.Requisites.Number.Trim()}» уже присвоен другому опубликованному документу "
                + (x.Requisites.Date is { } date ? $"{date.Year} года." : "этого года."))
            .WithSeverity(blocking);

        RuleFor(x => x.Requisites.Date)
            .NotNull()
            .WithMessage("Укажите дату документа.")
            .WithSeverity(blocking);

        RuleFor(x => x.Requisites.Title)
            .Must(title => !string.IsNullOrWhiteSpace(title))
            .WithMessage("Укажите заголовок документа: по ГОСТ Р 7.0.97-2025 он обязателен.")
            .WithSeverity(blocking);

        RuleFor(x => x.Acknowledgers)
            .NotEmpty()
            .When(x => x.Kind == DocumentKind.Order)
            .WithMessage("Заполните список ознакомления («С приказом ознакомлены»).")
            .WithSeverity(blocking);

        RuleFor(x => x.Items).Custom((_, ctx) =>
        {
            Report(ctx, EmptyItems(ctx.InstanceToValidate), blocking);
            Report(ctx, ItemsReferToMissingAppendices(ctx.InstanceToValidate), blocking);
        });
        RuleFor(x => x.Appendices).Custom((_, ctx) =>
        {
            var content = ctx.InstanceToValidate;
            Report(ctx, ProhibitedAmongApproved(content), blocking);
            Report(ctx, EmptyRosters(content), blocking);
            Report(ctx, Unrecognised(content), blocking);
            Report(ctx, MissingInteractionKinds(content), Severity.Warning);
            Report(ctx, NoStateSystem(content), Severity.Warning);
            Report(ctx, NoAlternativeChannel(content), Severity.Warning);
            Report(ctx, NoTechnicalSupport(content), Severity.Warning);
            Report(ctx, RosterPersonsWithoutName(content), Severity.Warning);
            Report(ctx, RosterPersonsNotAcknowledging(content), Severity.Warning);
        });
    }

    private bool IsUsed(string number) =>
        context.UsedNumbers.Any(used => string.Equals(used.Trim(), number.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The field path of the unrecognised text: the editor links it to the panel where fragments are assigned.</summary>
    public const string UnrecognisedPath = "Unrecognised";

    /// <summary>Text the importer could not place would be published unread: each fragment is assigned or discarded first.</summary>
    private static IEnumerable<(string Path, string Message)> Unrecognised(DocumentContent content)
    {
        var left = UnrecognisedText.Fragments(content).Count;
        if (content.Appendices.Exists(UnrecognisedText.IsUnplaced))
        {
            yield return (UnrecognisedPath,
                $"{Import.AppendixReader.UnplacedTitle} не разнесён (фрагментов: {left}): отнесите каждый фрагмент к части документа или отбросьте как шум.");
        }
    }

    private static IEnumerable<(string Path, string Message)> EmptyItems(DocumentContent content)
    {
        for (var i = 0; i < content.Items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(content.Items[i].Text))
            {
                yield return ($"Items[{i}].Text", $"Пункт {i + 1} приказа пуст: впишите текст или удалите пункт.");
            }
        }
    }

    private static IEnumerable<(string Path, string Message)> ItemsReferToMissingAppendices(DocumentContent content)
    {
        for (var i = 0; i < content.Items.Count; i++)
        {
            if (content.Items[i].AppendixNumber is { } number && (number < 1 || number > content.Appendices.Count))
            {
                yield return ($"Items[{i}].AppendixNumber", $"Пункт {i + 1} ссылается на приложение {number}, которого в документе нет.");
            }
        }
    }

    private IEnumerable<(string Path, string Message)> ProhibitedAmongApproved(DocumentContent content)
    {
        // «Телеграм-чат группы», «Вотсап»: the dictionary's names whatever the spelling.
        var matcher = new ProhibitedMatcher(context.ProhibitedNames);
        foreach (var (appendix, a) in Indexed(content, AppendixKind.ApprovedServices))
        {
            for (var s = 0; s < appendix.Services.Count; s++)
            {
                var name = appendix.Services[s].Name;
                var prohibited = matcher.Match(name);
                if (prohibited is not null)
                {
                    yield return ($"Appendices[{a}].Services[{s}].Name",
                        $"«{name}»: сервис {prohibited} входит в перечень запрещённых иностранных сервисов и не может быть утверждён.");
                }
            }
        }
    }

    private static IEnumerable<(string Path, string Message)> EmptyRosters(DocumentContent content)
    {
        foreach (var (appendix, a) in Indexed(content, AppendixKind.Roster))
        {
            if (appendix.Roster.Count == 0)
            {
                yield return ($"Appendices[{a}].Roster", "Перечень ответственных лиц пуст: добавьте направления работы и ответственных.");
            }

            for (var g = 0; g < appendix.Roster.Count; g++)
            {
                if (!appendix.Roster[g].Persons.Any(IsFilled))
                {
                    yield return ($"Appendices[{a}].Roster[{g}].Persons",
                        $"Для направления «{appendix.Roster[g].Activity}» не указан ни один ответственный.");
                }
            }
        }
    }

    private static IEnumerable<(string Path, string Message)> MissingInteractionKinds(DocumentContent content)
    {
        var services = ApprovedServices(content);
        var path = ApprovedServicesPath(content);
        if (!services.Any(s => s.Interaction.HasFlag(Services.Interaction.Synchronous)))
        {
            yield return (path, "Среди утверждённых сервисов нет сервиса синхронного взаимодействия (звонки, видеоконференции).");
        }

        if (!services.Any(s => s.Interaction.HasFlag(Services.Interaction.Asynchronous)))
        {
            yield return (path, "Среди утверждённых сервисов нет сервиса асинхронного взаимодействия (сообщения, файлы).");
        }
    }

    private static IEnumerable<(string Path, string Message)> NoStateSystem(DocumentContent content)
    {
        if (!ApprovedServices(content).Any(s => s.IsStateSystem || StateSystemName().IsMatch(s.Name)))
        {
            yield return (ApprovedServicesPath(content),
                "Среди утверждённых сервисов нет государственной системы (ИКОП «Сферум», МАХ, ФГИС «Моя школа»).");
        }
    }

    /// <summary>
    /// Heuristic: a regulation names a channel for parents who do not use the messenger if its text mentions
    /// an alternative («альтернатив…»), a written request («письменн…») or the e-journal («электронн… журнал…», «дневник»).
    /// It cannot tell whether the sentence really offers that channel to parents; it only catches a regulation that never mentions one.
    /// </summary>
    private static IEnumerable<(string Path, string Message)> NoAlternativeChannel(DocumentContent content)
    {
        var regulations = Indexed(content, AppendixKind.Regulation).ToList();
        var text = string.Join("\n", regulations.SelectMany(r => AllText(r.Appendix)));
        if (!AlternativeChannelWords().IsMatch(text))
        {
            var path = regulations.Count > 0 ? $"Appendices[{regulations[0].Index}].Sections" : "Appendices";
            yield return (path, "В Порядке не указан альтернативный канал связи для родителей, которые не пользуются мессенджером "
                + "(электронный журнал, письменное обращение, встреча).");
        }
    }

    private static IEnumerable<(string Path, string Message)> NoTechnicalSupport(DocumentContent content)
    {
        foreach (var (appendix, a) in Indexed(content, AppendixKind.Roster))
        {
            if (appendix.Roster.Count > 0
                && !appendix.Roster.Any(g => g.Activity.Contains("техническ", StringComparison.OrdinalIgnoreCase)))
            {
                yield return ($"Appendices[{a}].Roster", "В перечне ответственных нет лица, отвечающего за техническую поддержку.");
            }
        }
    }

    private static IEnumerable<(string Path, string Message)> RosterPersonsWithoutName(DocumentContent content)
    {
        foreach (var (person, path) in RosterPersons(content))
        {
            if (string.IsNullOrWhiteSpace(person.FullName) && !string.IsNullOrWhiteSpace(person.Position))
            {
                yield return ($"{path}.FullName", $"Укажите фамилию, имя и отчество ответственного: «{person.Position}».");
            }
        }
    }

    private static IEnumerable<(string Path, string Message)> RosterPersonsNotAcknowledging(DocumentContent content)
    {
        foreach (var (person, path) in RosterPersons(content))
        {
            if (!string.IsNullOrWhiteSpace(person.FullName) && !content.Acknowledgers.Any(a => SamePerson(a, person)))
            {
                yield return (path, $"{person.FullName.Trim()} указан(а) в перечне ответственных, но не включен(а) в список ознакомления.");
            }
        }
    }

    private static bool SamePerson(PersonRef a, PersonRef b) =>
        a.PersonId is { } idA && b.PersonId is { } idB ? idA == idB : NormalName(a.FullName) == NormalName(b.FullName);

    private static string NormalName(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToLowerInvariant().Replace('ё', 'е');

    private static bool IsFilled(PersonRef person) =>
        !string.IsNullOrWhiteSpace(person.FullName) || !string.IsNullOrWhiteSpace(person.Position);

    private static IEnumerable<(Appendix Appendix, int Index)> Indexed(DocumentContent content, AppendixKind kind) =>
        content.Appendices.Select((appendix, index) => (appendix, index)).Where(x => x.appendix.Kind == kind);

    private static List<ServiceEntry> ApprovedServices(DocumentContent content) =>
        [.. Indexed(content, AppendixKind.ApprovedServices).SelectMany(x => x.Appendix.Services)];

    private static string ApprovedServicesPath(DocumentContent content) =>
        Indexed(content, AppendixKind.ApprovedServices).Select(x => $"Appendices[{x.Index}].Services").FirstOrDefault() ?? "Appendices";

    private static IEnumerable<(PersonRef Person, string Path)> RosterPersons(DocumentContent content) =>
        from x in Indexed(content, AppendixKind.Roster)
        from g in x.Appendix.Roster.Select((rosterGroup, index) => (Persons: rosterGroup.Persons, Index: index))
        from p in g.Persons.Select((person, index) => (Person: person, Index: index))
        select (p.Person, $"Appendices[{x.Index}].Roster[{g.Index}].Persons[{p.Index}]");

    private static IEnumerable<string> AllText(Appendix appendix) =>
        appendix.Sections.SelectMany(s => new[] { s.Title }
            .Concat(s.Clauses.SelectMany(c => c.Items.Select(i => i.Text).Prepend(c.Text))))
            .Append(appendix.Text);

    private static void Report(ValidationContext<DocumentContent> ctx, IEnumerable<(string Path, string Message)> findings, Severity severity)
    {
        foreach (var (path, message) in findings)
        {
            ctx.AddFailure(new ValidationFailure(path, message) { Severity = severity });
        }
    }

    /// <summary>Without backtracking: «электронн\w*» would rescan a long word from each of its repeats.</summary>
    [GeneratedRegex(@"альтернатив|письменн|электронн\w*\s+журнал|дневник", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking, TextPatterns.TimeoutMs)]
    private static partial Regex AlternativeChannelWords();

    /// <summary>МАХ is matched in capitals only (Cyrillic or Latin) so that «размах» does not count.</summary>
    [GeneratedRegex(@"(?i:сферум|моя\s+школа)|\bМАХ\b|\bMAX\b", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex StateSystemName();
}
