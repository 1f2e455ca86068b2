using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.Domain.Templates;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.IntegrationTests.Word;

/// <summary>The documents every DOCX test exports: both model templates (the school's as a draft) and the three imported seeds.</summary>
public static class DocxSamples
{
    public const string CollegeModel = "college-model";
    public const string SchoolModelDraft = "school-model-draft";
    public const string Uvarovo = "uvarovo-order-44-2025";
    public const string Kaliningrad = "kaliningrad-school58-order-1065-2024";
    public const string Balakovo = "balakovo-bpt-poryadok-2025";

    public static TheoryData<string> All => [CollegeModel, SchoolModelDraft, Uvarovo, Kaliningrad, Balakovo];

    /// <summary>The twelve documents of other forms written for the import's fidelity (tests/Seeds/Fidelity), as «Fidelity/f01-…».</summary>
    public static IEnumerable<string> Fidelity => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds", "Fidelity"), "*.txt")
        .Select(f => "Fidelity/" + Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    /// <summary>Every sample: the model templates, the seeds and the fidelity documents.</summary>
    public static TheoryData<string> AllWithFidelity => [.. All, .. Fidelity];

    public static DocumentView View(string name)
    {
        var content = Content(name);
        var id = Guid.NewGuid();
        var draft = name == SchoolModelDraft;
        return new DocumentView(content, id, draft ? DocumentStatus.Draft : DocumentStatus.Published,
            draft ? null : PdfPortalFactory.PublishedAt, draft ? null : new string('a', 64), $"{PdfPortalFactory.BaseUrl}/documents/{id}");
    }

    public static DocumentContent Content(string name) => name switch
    {
        CollegeModel => PdfPortalFactory.CollegeOrder(),
        SchoolModelDraft => ModelTemplates.School(School, ServiceCatalog.Seed(), ProhibitedCatalog.Seed(), new DateOnly(2025, 9, 1)),
        _ => DocumentImporter.Import(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", name + ".txt"))).Content,
    };

    private static readonly InstitutionProfile School = new()
    {
        Type = InstitutionType.School,
        FounderLine = "Управление образования администрации города Калининграда",
        FullName = "Муниципальное автономное общеобразовательное учреждение города Калининграда «Средняя общеобразовательная школа № 58»",
        ShortName = "МАОУ СОШ № 58",
        City = "Калининград",
        DirectorPosition = "Директор",
        DirectorName = "Соколова Ирина Викторовна",
    };
}
