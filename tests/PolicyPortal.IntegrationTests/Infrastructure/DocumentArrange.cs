using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;

namespace PolicyPortal.IntegrationTests.Infrastructure;

/// <summary>Arranges documents and staff directly in the portal's database for tests that start past the editor.</summary>
public static class DocumentArrange
{
    /// <summary>A check that blocks nothing (the document was approved on paper), for tests that publish arranged content directly.</summary>
    public static readonly PublicationCheck ApprovedOnPaper = new(new PublicationContext(new HashSet<string>(), [], IsImportOfApprovedDocument: true));

    public static async Task<Person> AddPersonAsync(PortalFactory factory, string fullName, string position)
    {
        await using var scope = factory.Scope(out var db);
        var person = new Person { FullName = fullName, Position = position };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    /// <summary>A draft made by the editor's own «from template» button, then completed so that it passes the check.</summary>
    public static async Task<Guid> CreateReadyDraftAsync(PortalFactory factory, FormClient director, string number = "44")
    {
        var id = await CreateFromTemplateAsync(director);
        var deputy = await AddPersonAsync(factory, $"Кухарская Оксана Борисовна {number}", "Заместитель директора по учебной работе");
        await using var scope = factory.Scope(out var db);
        var document = await db.Documents.SingleAsync(d => d.Id == id);
        var content = document.ReadContent();
        content.Requisites.Number = number;
        content.Acknowledgers.Add(PersonRef.Of(deputy.FullName, deputy.Position, deputy.Id));
        document.UpdateDraft(content, "test", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return id;
    }

    public static async Task<Guid> CreateFromTemplateAsync(FormClient director)
    {
        var (created, _) = await director.SubmitAsync("/director/documents", new Dictionary<string, string>(), "form[action*='handler=FromTemplate']");
        if (!FormClient.IsRedirectTo(created, "/director/documents/"))
        {
            throw new InvalidOperationException($"Create failed: {(int)created.StatusCode}");
        }

        return Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static async Task<HttpResponseMessage> PublishAsync(FormClient director, Guid id, Guid? supersedes = null)
    {
        var fields = new Dictionary<string, string> { ["Confirmed"] = "true" };
        if (supersedes is not null)
        {
            fields["SupersedesId"] = supersedes.Value.ToString();
        }

        var (response, _) = await director.SubmitAsync($"/director/documents/{id}/publish", fields);
        return response;
    }

    public static async Task<PolicyDocument> LoadAsync(PortalFactory factory, Guid id)
    {
        await using var scope = factory.Scope(out var db);
        return await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id);
    }
}
