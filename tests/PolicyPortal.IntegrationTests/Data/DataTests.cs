using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;

namespace PolicyPortal.IntegrationTests.Data;

/// <summary>The same data tests on each provider the portal runs on here.</summary>
public abstract class DataTests(DatabaseProvider provider) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 4, 25, 6, 0, 0, TimeSpan.Zero);
    private readonly PortalFactory factory = new(provider);

    [Fact]
    public async Task Migrations_apply_at_start_and_leave_nothing_pending()
    {
        _ = factory.Server;
        await using var scope = factory.Scope(out var db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(13, await db.Services.CountAsync());
    }

    [Fact]
    public async Task A_document_round_trips_with_its_content_and_cyrillic()
    {
        _ = factory.Server;
        var content = new DocumentContent
        {
            Requisites = { Number = "1065/1-о", Date = new DateOnly(2024, 11, 25), Title = "Об утверждении Положения" },
            Appendices = { new Appendix { Kind = AppendixKind.Regulation, Sections = { new Section { Number = "1.", Title = "Общие положения", Clauses = { new Clause { Number = "1.1.", Text = "Настоящее положение…" } } } } } },
        };
        var document = PolicyDocument.CreateDraft(content, "director", Now);
        await using (var write = factory.Scope(out var db))
        {
            db.Documents.Add(document);
            await db.SaveChangesAsync();
        }

        await using var read = factory.Scope(out var db2);
        var loaded = await db2.Documents.SingleAsync(d => d.Id == document.Id);
        Assert.Equal("1065/1-о", loaded.Number);
        Assert.Equal(new DateOnly(2024, 11, 25), loaded.Date);
        Assert.Equal(Now, loaded.CreatedAt);
        Assert.Equal("Настоящее положение…", loaded.ReadContent().Appendices[0].Sections[0].Clauses[0].Text);
        Assert.Equal(DocumentStatus.Draft, loaded.Status);
    }

    [Fact]
    public async Task Two_saves_of_the_same_draft_revision_conflict()
    {
        _ = factory.Server;
        var document = PolicyDocument.CreateDraft(new DocumentContent(), "director", Now);
        await using (var write = factory.Scope(out var db))
        {
            db.Documents.Add(document);
            await db.SaveChangesAsync();
        }

        await using var first = factory.Scope(out var a);
        await using var second = factory.Scope(out var b);
        var mine = await a.Documents.SingleAsync(d => d.Id == document.Id);
        var theirs = await b.Documents.SingleAsync(d => d.Id == document.Id);
        mine.UpdateDraft(new DocumentContent { Requisites = { Title = "Моя правка" } }, "director", Now);
        theirs.UpdateDraft(new DocumentContent { Requisites = { Title = "Чужая правка" } }, "clerk", Now);
        await a.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());
    }

    [Fact]
    public async Task Times_order_correctly_in_queries()
    {
        _ = factory.Server;
        await using (var write = factory.Scope(out var db))
        {
            db.Documents.Add(PolicyDocument.CreateDraft(new DocumentContent { Requisites = { Title = "старый" } }, "d", Now.AddDays(-1)));
            db.Documents.Add(PolicyDocument.CreateDraft(new DocumentContent { Requisites = { Title = "новый" } }, "d", Now));
            await db.SaveChangesAsync();
        }

        await using var read = factory.Scope(out var db2);
        var newest = await db2.Documents.OrderByDescending(d => d.CreatedAt).Select(d => d.Title).FirstAsync();
        Assert.Equal("новый", newest);
    }

    public void Dispose()
    {
        factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDataTests() : DataTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlDataTests() : DataTests(DatabaseProvider.PostgreSql);
