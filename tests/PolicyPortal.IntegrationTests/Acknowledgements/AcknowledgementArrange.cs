using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Acknowledgements;

/// <summary>A published order naming staff people, and staff accounts linked to them that have accepted the agreement.</summary>
public static class AcknowledgementArrange
{
    public sealed record Published(Guid DocumentId, IReadOnlyList<Person> People);

    /// <summary>A ready draft naming <paramref name="people"/> persons (the first is the template's deputy), published.</summary>
    public static async Task<Published> PublishOrderAsync(PortalFactory factory, FormClient director, int people = 2, string number = "44", Guid? supersedes = null)
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, number);
        await using (var scope = factory.Scope(out var db))
        {
            var document = await db.Documents.SingleAsync(d => d.Id == id);
            var content = document.ReadContent();
            for (var i = 1; i < people; i++)
            {
                var person = new Person { FullName = $"Сотрудникова Мария Ивановна {number}-{i}", Position = $"Преподаватель {i}", Email = $"staff{number}-{i}@college.test" };
                db.People.Add(person);
                content.Acknowledgers.Add(PersonRef.Of(person.FullName, person.Position, person.Id));
            }

            document.UpdateDraft(content, "test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        // The publish form proposes the current published order as the one replaced: say explicitly which, if any.
        var (response, _) = await director.SubmitAsync($"/director/documents/{id}/publish", new Dictionary<string, string>
        {
            ["Confirmed"] = "true",
            ["SupersedesId"] = supersedes?.ToString() ?? "",
        });
        if (!FormClient.IsRedirectTo(response, $"/director/documents/{id}"))
        {
            throw new InvalidOperationException($"Publish failed: {(int)response.StatusCode}");
        }

        await using var read = factory.Scope(out var readDb);
        var document2 = await readDb.Documents.AsNoTracking().SingleAsync(d => d.Id == id);
        var ids = DocumentJson.Deserialize(document2.SnapshotJson!).Acknowledgers.Select(a => a.PersonId!.Value).ToList();
        var persons = await readDb.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync();
        return new Published(id, [.. ids.Select(pid => persons.Single(p => p.Id == pid))]);
    }

    /// <summary>An account for <paramref name="person"/>, linked to it, with the agreement accepted; the client is signed in.</summary>
    public static async Task<FormClient> SignerAsync(PortalFactory factory, FormClient admin, Person person, string email, bool acceptAgreement = true)
    {
        var client = await TestAccounts.CreateUserAsync(factory, admin, email, "Staff", person.FullName);
        await LinkAsync(factory, person.Id, email);
        if (acceptAgreement)
        {
            await AcceptAgreementAsync(client);
        }

        return client;
    }

    public static async Task LinkAsync(PortalFactory factory, Guid personId, string email)
    {
        await using var scope = factory.Scope(out var db);
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var person = await db.People.SingleAsync(p => p.Id == personId);
        person.UserId = user.Id;
        person.Email = email;
        await db.SaveChangesAsync();
    }

    public static async Task AcceptAgreementAsync(FormClient client)
    {
        var (response, _) = await client.SubmitAsync("/account/agreement", new Dictionary<string, string> { ["Accept"] = "true" }, "main form[method=post]");
        if (!FormClient.IsRedirectTo(response, "/my/documents"))
        {
            throw new InvalidOperationException($"Agreement not accepted: {(int)response.StatusCode}");
        }
    }

    public static Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> SignAsync(FormClient client, Guid documentId, string password = TestAccounts.UserPassword, Dictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Confirmed"] = "true", ["Input.Password"] = password };
        foreach (var (key, value) in extra ?? [])
        {
            fields[key] = value;
        }

        return client.SubmitAsync($"/my/documents/{documentId}", fields, "main form[method=post]");
    }
}
