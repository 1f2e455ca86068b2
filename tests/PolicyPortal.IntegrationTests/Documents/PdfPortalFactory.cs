using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.Domain.Templates;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>A portal whose PDFs are printed by the Chromium at <paramref name="chromiumPath"/>, with a fixed site address.</summary>
public sealed class PdfPortalFactory(string? chromiumPath = null) : PortalFactory
{
    public const string BaseUrl = "https://uvarovo-college.test";
    public static readonly string Chromium = Environment.GetEnvironmentVariable("PP_CHROMIUM") ?? "/usr/bin/chromium";
    public static readonly DateTimeOffset PublishedAt = new(2025, 4, 25, 9, 0, 0, TimeSpan.Zero);

    public string ChromiumPath { get; set; } = chromiumPath ?? Chromium;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:BaseUrl", BaseUrl);
        builder.UseSetting("Pdf:ChromiumPath", ChromiumPath);
    }

    /// <summary>Saves the document as a draft, then publishes it when asked, the way the publish page will.</summary>
    public async Task<PolicyDocument> SaveAsync(DocumentContent content, bool publish = true)
    {
        var document = PolicyDocument.CreateDraft(content, "director@college.test", PublishedAt.AddDays(-1));
        if (publish)
        {
            document.Publish(DocumentArrange.ApprovedOnPaper, "director@college.test", PublishedAt);
        }

        await using var scope = Scope(out var db);
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return document;
    }

    public async Task RenderPdfsAsync(Guid documentId)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PublicationPdfs>().RenderAsync(documentId, CancellationToken.None);
    }

    /// <summary>The college model order, filled as a director would: number, date, names in the roster, everyone acknowledging.</summary>
    public static DocumentContent CollegeOrder()
    {
        var profile = new InstitutionProfile
        {
            FounderLine = "Министерство образования и науки Тамбовской области",
            FullName = "Тамбовское областное государственное бюджетное профессиональное образовательное учреждение «Уваровский политехнический колледж»",
            ShortName = "ТОГБПОУ «Уваровский политехнический колледж»",
            City = "Уварово",
            DirectorPosition = "Директор",
            DirectorName = "Ермакова Наталья Александровна",
        };
        var content = ModelTemplates.College(profile, ServiceCatalog.Seed(), ProhibitedCatalog.Seed(), new DateOnly(2025, 4, 25));
        content.Requisites.Number = "44";
        content.Requisites.Executor = "Рыбаков С.С., 8 (47558) 4-17-92";
        string[] names = ["Рыбаков Сергей Сергеевич", "Кухарская Оксана Борисовна", "Бирюкова Елена Викторовна", "Ломакина Татьяна Ивановна", "Щербакова Анна Петровна", "Дорохова Ирина Николаевна"];
        var n = 0;
        foreach (var person in content.Appendices.Single(a => a.Kind == AppendixKind.Roster).Roster.SelectMany(g => g.Persons))
        {
            person.FullName = names[n++ % names.Length];
            content.Acknowledgers.Add(PersonRef.Of(person.FullName, person.Position));
        }

        content.Appendices[0].ApprovalMarks.Add(new ApprovalMark { Kind = MarkKind.Agreed, Body = "Советом колледжа", ProtocolNumber = "5", Date = new DateOnly(2025, 4, 24) });
        return content;
    }
}
