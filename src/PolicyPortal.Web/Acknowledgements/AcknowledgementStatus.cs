using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Acknowledgements;

/// <summary>One person named in the acknowledgement list of a published version, and their acknowledgement if any.</summary>
public sealed record AcknowledgerRow(Guid PersonId, string FullName, string Position, string Email, string? UserId, Acknowledgement? Acknowledgement)
{
    public bool HasSigned => Acknowledgement is not null;
}

/// <summary>Who must acknowledge a published version (the domain's <see cref="RequiredAcknowledgers"/>) and who has.</summary>
public static class AcknowledgementStatus
{
    /// <summary>Kept for the staff pages (Pages/My); the rule itself is <see cref="RequiredAcknowledgers.Of"/>.</summary>
    public static IReadOnlyList<PersonRef> Acknowledgers(PolicyDocument document) => RequiredAcknowledgers.Of(document);

    public static async Task<IReadOnlyList<AcknowledgerRow>> LoadAsync(AppDbContext db, PolicyDocument document, CancellationToken ct = default)
    {
        var named = RequiredAcknowledgers.Of(document);
        var ids = named.Select(p => p.PersonId!.Value).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var acknowledgements = await db.Acknowledgements.AsNoTracking().Where(a => a.DocumentId == document.Id).ToDictionaryAsync(a => a.PersonId, ct);
        return named.Select(p =>
        {
            var id = p.PersonId!.Value;
            var person = people.GetValueOrDefault(id);
            // A directory person is named as the directory names them, whatever name the document's list carries.
            return new AcknowledgerRow(id, person?.FullName ?? p.FullName, p.Position, person?.Email ?? "", person?.UserId, acknowledgements.GetValueOrDefault(id));
        }).ToList();
    }
}
