using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.Domain.Templates;

namespace PolicyPortal.UnitTests.Templates;

/// <summary>Model templates for a sample institution, fresh or filled the way a director would fill them.</summary>
internal static class TemplateSamples
{
    public static readonly DateOnly Today = new(2025, 9, 1);
    public static readonly IReadOnlyList<Service> Registry = ServiceCatalog.Seed();

    public static InstitutionProfile Profile(InstitutionType type) => new()
    {
        Type = type,
        FounderLine = "Министерство образования и науки Тамбовской области",
        FullName = type == InstitutionType.School
            ? "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»"
            : "Тамбовское областное государственное бюджетное профессиональное образовательное учреждение «Уваровский политехнический колледж»",
        ShortName = type == InstitutionType.School ? "МБОУ СОШ № 7" : "ТОГБПОУ «УПК»",
        City = "Уварово",
        DirectorPosition = "Директор",
        DirectorName = "Ермакова Наталья Александровна",
    };

    public static PublicationContext Context(bool import = false, params string[] usedNumbers) =>
        new(new HashSet<string>(usedNumbers), ProhibitedCatalog.Names, import);

    public static DocumentContent Fresh(InstitutionType type) =>
        ModelTemplates.For(Profile(type), Registry, ProhibitedCatalog.Seed(), Today);

    /// <summary>The template with a number, a name for every roster position, and everyone named acknowledging.</summary>
    public static DocumentContent Filled(InstitutionType type)
    {
        var content = Fresh(type);
        content.Requisites.Number = "44";
        var roster = content.Appendices.Single(a => a.Kind == AppendixKind.Roster);
        var n = 0;
        foreach (var person in roster.Roster.SelectMany(g => g.Persons))
        {
            person.FullName = $"Сотрудникова Мария Ивановна {++n}";
            person.PersonId = Guid.NewGuid();
            content.Acknowledgers.Add(PersonRef.Of(person.FullName, person.Position, person.PersonId));
        }

        return content;
    }
}
