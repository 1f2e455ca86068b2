using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Staff;

namespace PolicyPortal.Web.Import;

/// <summary>
/// Imports a document's text as a new draft, for the import page and the <c>import</c> command alike:
/// runs the importer, fills what it left empty from the institution profile, saves the draft and audits it.
/// </summary>
public static class DraftImport
{
    public const string AuditAction = AuditActions.Import;

    public sealed record Imported(PolicyDocument Document, IReadOnlyList<string> Notes);

    /// <summary>Builds the draft and adds it (and its audit entry) to <paramref name="db"/>; the caller saves.</summary>
    public static async Task<Imported> AddDraftAsync(AppDbContext db, string text, string source, string userName, DateTimeOffset at)
    {
        var result = DocumentImporter.Import(text);
        var notes = result.Notes.ToList();
        await FillFromProfileAsync(db, result.Content.Requisites, notes);
        var added = await DirectoryTracking.TrackAsync(db, result.Content.Acknowledgers);
        if (added.Count > 0)
        {
            notes.Add($"Добавлены в справочник сотрудников из списка ознакомления: {string.Join(", ", added.Select(p => p.FullName))}.");
        }

        var document = PolicyDocument.CreateDraft(result.Content, userName, at);
        db.Documents.Add(document);
        var what = $"{result.Content.Requisites.DocumentTypeName} № {(document.Number.Length > 0 ? document.Number : "—")}";
        db.AuditLog.Add(AuditEntry.Record(at, userName, AuditAction, document.Id.ToString(), $"Импорт ({source}): {what}"));
        return new Imported(document, notes);
    }

    /// <summary>Only what the import left empty: a document's own founder line, name and place are kept as written.</summary>
    private static async Task FillFromProfileAsync(AppDbContext db, Requisites requisites, List<string> notes)
    {
        var profile = await db.Institutions.AsNoTracking().OrderBy(i => i.Id).FirstOrDefaultAsync();
        if (profile is null)
        {
            return;
        }

        var filled = new List<string>();
        if (string.IsNullOrWhiteSpace(requisites.FounderLine) && profile.FounderLine.Trim().Length > 0)
        {
            requisites.FounderLine = profile.FounderLine.Trim();
            filled.Add("учредитель");
        }

        if (string.IsNullOrWhiteSpace(requisites.InstitutionName) && profile.FullName.Trim().Length > 0)
        {
            requisites.InstitutionName = profile.FullName.Trim();
            filled.Add("наименование организации");
        }

        if (string.IsNullOrWhiteSpace(requisites.InstitutionShortName))
        {
            requisites.InstitutionShortName = profile.ShortName.Trim();
        }

        var city = profile.City.Trim();
        if (string.IsNullOrWhiteSpace(requisites.Place) && city.Length > 0)
        {
            requisites.Place = city.StartsWith("г.", StringComparison.Ordinal) ? city : $"г. {city}";
            filled.Add("место издания");
        }

        if (filled.Count > 0)
        {
            notes.Add($"Не найдены в тексте и взяты из профиля организации: {string.Join(", ", filled)}.");
        }
    }
}
