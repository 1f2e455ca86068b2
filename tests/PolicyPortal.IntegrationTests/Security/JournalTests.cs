using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Journal;
using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Acknowledgements;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Journal;
using PolicyPortal.Web.Public;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>
/// Issue 14, tamper evidence: the journal (acknowledgements and the audit log, which holds publications and
/// supersessions) is chained with a key kept outside the database, and anchored outside it.
/// Each test plays someone with write access to the database only: triggers dropped, rows rewritten, hashes recomputed.
/// </summary>
public sealed class JournalTests : IAsyncLifetime
{
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task An_acknowledgement_rewritten_with_its_sha256_chain_recomputed_fails_verify_audit()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, director, order.People[0], "deputy@college.test");
        await AcknowledgementArrange.SignAsync(deputy, order.DocumentId);
        Assert.Equal(0, (await VerifyAsync()).ExitCode);

        await DropTriggersAsync();
        await using (factory.Scope(out var db))
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Acknowledgements\" SET \"RecordedBy\" = 'forged@college.test'");
        }

        await RecomputePlainChainAsync(db => db.Acknowledgements, "Acknowledgements");
        var verify = await VerifyAsync();
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("НАРУШЕНА: цепочка ознакомлений", verify.Output);
        Assert.Contains("HMAC не сходится с ключом журнала", verify.Output);
    }

    [Fact]
    public async Task An_audit_line_rewritten_with_its_sha256_chain_recomputed_fails_verify_audit()
    {
        await AcknowledgementArrange.PublishOrderAsync(factory, director);
        Assert.Equal(0, (await VerifyAsync()).ExitCode);

        await DropTriggersAsync();
        await using (factory.Scope(out var db))
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditLog\" SET \"UserName\" = 'someone-else'");
        }

        await RecomputePlainChainAsync(db => db.AuditLog, "AuditLog");
        var verify = await VerifyAsync();
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("НАРУШЕНА: цепочка журнала действий", verify.Output);
    }

    [Fact]
    public async Task A_deleted_last_audit_line_is_reported_against_the_anchor_and_a_reverted_publication_or_supersession_by_its_chained_line()
    {
        var first = await AcknowledgementArrange.PublishOrderAsync(factory, director, number: "44");
        var second = await AcknowledgementArrange.PublishOrderAsync(factory, director, number: "45", supersedes: first.DocumentId);
        string anchor;
        await using (var scope = factory.Scope(out _))
        {
            anchor = (await scope.ServiceProvider.GetRequiredService<JournalAudit>().AnchorAsync()).ToString();
        }

        var before = await VerifyAsync("--anchor", anchor);
        Assert.True(before.ExitCode == 0, before.Output);

        // The last line is the supersession: deleted, the chain alone still holds, the anchor does not.
        await DropTriggersAsync();
        await using (factory.Scope(out var db))
        {
            var last = await db.AuditLog.OrderByDescending(a => a.Id).FirstAsync();
            Assert.Equal(AuditActions.Supersede, last.Action);
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditLog\" WHERE \"Id\" = {last.Id}");
        }

        var cut = await VerifyAsync("--anchor", anchor);
        Assert.Equal(1, cut.ExitCode);
        Assert.Contains("в журнале действий", cut.Output);
        Assert.Contains("конец цепочки удалён", cut.Output);

        // The documents table is not append-only: undoing a publication or a supersession contradicts the chained line.
        await using (factory.Scope(out var db))
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"Documents\" SET \"Status\" = {(int)PolicyPortal.Domain.Documents.DocumentStatus.Draft} WHERE \"Id\" = {second.DocumentId}");
        }

        var reverted = await VerifyAsync();
        Assert.Equal(1, reverted.ExitCode);
        Assert.Contains($"документ {second.DocumentId} (№ 45) опубликован по записи журнала", reverted.Output);
    }

    [Fact]
    public async Task A_snapshot_replaced_together_with_its_sha256_contradicts_the_chained_publication()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director);
        await using (factory.Scope(out var db))
        {
            var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == order.DocumentId);
            var forged = document.SnapshotJson!.Replace("44", "45", StringComparison.Ordinal);
            await db.Database.ExecuteSqlAsync($"UPDATE \"Documents\" SET \"SnapshotJson\" = {forged}, \"SnapshotHash\" = {PolicyPortal.Domain.Documents.DocumentJson.Sha256(forged)} WHERE \"Id\" = {order.DocumentId}");
        }

        var verify = await VerifyAsync();
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("снимок подменён вместе с хешем", verify.Output);
    }

    [Fact]
    public async Task The_atom_feed_and_the_json_carry_the_current_anchor_which_verify_audit_accepts()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director);
        string expected;
        await using (var scope = factory.Scope(out _))
        {
            expected = (await scope.ServiceProvider.GetRequiredService<JournalAudit>().AnchorAsync()).ToString();
        }

        using var anonymous = factory.CreateClient();
        var feed = XDocument.Parse(await anonymous.GetStringAsync(PublicEndpoints.Feed));
        Assert.Equal(expected, feed.Root!.Element(PublicFeeds.Journal + "journalAnchor")!.Value);
        Assert.Contains(expected, feed.Root!.Element(XNamespace.Get("http://www.w3.org/2005/Atom") + "subtitle")!.Value);
        var json = System.Text.Json.Nodes.JsonNode.Parse(await anonymous.GetStringAsync($"/api/documents/{order.DocumentId}.json"))!;
        Assert.Equal(expected, (string?)json["journalAnchor"]);
        var current = System.Text.Json.Nodes.JsonNode.Parse(await anonymous.GetStringAsync(PublicEndpoints.PolicyJson))!;
        Assert.Equal(expected, (string?)current["journalAnchor"]);
        Assert.Equal(0, (await VerifyAsync("--anchor", expected)).ExitCode);
    }

    [Fact]
    public async Task Rows_written_before_the_key_are_checked_by_sha256_and_the_keyed_chain_starts_after_them()
    {
        // An installation from before the key: one acknowledgement with a plain SHA-256 link, audit lines unlinked.
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, director, order.People[0], "deputy@college.test");
        await AcknowledgementArrange.SignAsync(deputy, order.DocumentId);
        await DropTriggersAsync();
        await using (factory.Scope(out var db))
        {
            var row = await db.Acknowledgements.AsNoTracking().SingleAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE \"Acknowledgements\" SET \"Hash\" = {row.ComputeHash()}");
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditLog\" SET \"Hash\" = '', \"PreviousHash\" = ''");
            foreach (var sql in AppendOnlyTriggers.CreateSql(db.Database.ProviderName!))
            {
                await db.Database.ExecuteSqlRawAsync(sql);
            }
        }

        var keyFile = Path.Combine(factory.Database.Folder, "keys", "journal.key");
        File.Delete(keyFile);
        var legacy = await VerifyAsync();
        Assert.True(legacy.ExitCode == 0, legacy.Output);
        Assert.Contains("Ключа журнала ещё нет", legacy.Output);

        // The upgraded portal's first journal write makes the key; the next acknowledgement and line are keyed.
        int lines;
        using (var upgraded = new PortalFactory(factory.Database))
        await using (var scope = upgraded.Scope(out var db))
        {
            lines = await db.AuditLog.CountAsync();
            db.AuditLog.Add(AuditEntry.Record(DateTimeOffset.UtcNow, "director", AuditActions.Edit, order.DocumentId.ToString(), "после обновления"));
            await db.SaveChangesAsync();
            var appended = await scope.ServiceProvider.GetRequiredService<AcknowledgementLedger>().AppendAsync(order.DocumentId, order.People[1].Id,
                previous => Acknowledgement.Paper(order.DocumentId, "hash", null, order.People[1].Id, DateOnly.FromDateTime(DateTime.UtcNow),
                    new PaperDateWindow(DateOnly.MinValue, DateOnly.MaxValue), null, "director", DateTimeOffset.UtcNow, previous));
            Assert.Equal(AppendResult.Appended, appended);
            var key = (await scope.ServiceProvider.GetRequiredService<JournalKeyring>().TryLoadAsync())!;
            Assert.Equal(new JournalBoundary(1, (await db.Acknowledgements.OrderBy(a => a.Id).FirstAsync()).Hash), key.Acknowledgements);
            Assert.Equal(lines, key.AuditLog.Count);
            var second = await db.Acknowledgements.OrderBy(a => a.Id).LastAsync();
            Assert.Equal(JournalChain.KeyedLink(second, second.PreviousHash, key.Key), second.Hash);
        }

        var upgradedVerify = await VerifyAsync();
        Assert.True(upgradedVerify.ExitCode == 0, upgradedVerify.Output);
        Assert.Contains("записи 1–1 сделаны до появления ключа", upgradedVerify.Output);
        Assert.Contains($"записи 1–{lines} сделаны до появления ключа", upgradedVerify.Output);

        // A line from before the key rewritten: the running link no longer meets the one recorded in the key file.
        await DropTriggersAsync();
        await using (factory.Scope(out var db))
        {
            var firstLine = await db.AuditLog.OrderBy(a => a.Id).FirstAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditLog\" SET \"UserName\" = 'someone-else' WHERE \"Id\" = {firstLine.Id}");
        }

        var rewritten = await VerifyAsync();
        Assert.Equal(1, rewritten.ExitCode);
        Assert.Contains("записи, сделанные до появления ключа журнала, изменены", rewritten.Output);
    }

    private Task<AdminCommand.Result> VerifyAsync(params string[] args) => AdminCommand.RunAsync(factory, null, ["verify-audit", .. args]);

    private async Task DropTriggersAsync()
    {
        await using var scope = factory.Scope(out var db);
        foreach (var sql in AppendOnlyTriggers.DropSql(db.Database.ProviderName!))
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }

    /// <summary>What the old chain allowed: every link recomputed as plain SHA-256 over the rows as they now are.</summary>
    private async Task RecomputePlainChainAsync<T>(Func<AppDbContext, IQueryable<T>> table, string name) where T : class, IJournalLink
    {
        await using var scope = factory.Scope(out var db);
        var previous = JournalChain.Genesis;
        foreach (var row in (await table(db).AsNoTracking().ToListAsync()).OrderBy(r => r.Id))
        {
            var link = JournalChain.PlainLink(row, previous);
            var update = name == "AuditLog"
                ? db.Database.ExecuteSqlAsync($"UPDATE \"AuditLog\" SET \"PreviousHash\" = {previous}, \"Hash\" = {link} WHERE \"Id\" = {row.Id}")
                : db.Database.ExecuteSqlAsync($"UPDATE \"Acknowledgements\" SET \"PreviousHash\" = {previous}, \"Hash\" = {link} WHERE \"Id\" = {row.Id}");
            await update;
            previous = link;
        }
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
