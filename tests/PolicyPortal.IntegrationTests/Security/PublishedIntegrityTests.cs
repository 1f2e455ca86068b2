using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>Issue 14, tamper evidence (part): a published text or PDF changed in the database is found and never served.</summary>
public sealed class PublishedIntegrityTests : IAsyncLifetime
{
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task A_changed_snapshot_text_fails_verify_audit_and_export_json_refuses_it()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director);
        Assert.Equal(0, (await AdminCommand.RunAsync(factory, null, "verify-audit")).ExitCode);

        await using (factory.Scope(out var db))
        {
            await db.Database.ExecuteSqlAsync($"UPDATE Documents SET SnapshotJson = replace(SnapshotJson, '44', '45') WHERE Id = {order.DocumentId}");
        }

        var export = await AdminCommand.RunAsync(factory, null, "export-json", order.DocumentId.ToString());
        Assert.Equal(1, export.ExitCode);
        Assert.Equal("", export.Output.Trim());
        Assert.Contains("изменён", export.Error);
        var verify = await AdminCommand.RunAsync(factory, null, "verify-audit");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"документ {order.DocumentId}", verify.Output);
    }

    [Fact]
    public async Task A_changed_pdf_fails_verify_audit()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director);
        Guid fileId;
        await using (factory.Scope(out var db))
        {
            var file = PublishedFile.Pending(order.DocumentId, PublishedFileKind.Package, 0, "приказ.pdf", DateTimeOffset.UtcNow);
            file.Complete("%PDF-1.7 подлинник"u8.ToArray(), DateTimeOffset.UtcNow);
            db.PublishedFiles.RemoveRange(db.PublishedFiles.Where(f => f.DocumentId == order.DocumentId));
            db.PublishedFiles.Add(file);
            await db.SaveChangesAsync();
            fileId = file.Id;
        }

        Assert.Equal(0, (await AdminCommand.RunAsync(factory, null, "verify-audit")).ExitCode);
        await using (factory.Scope(out var db))
        {
            var forged = "%PDF-1.7 подделка"u8.ToArray();
            await db.Database.ExecuteSqlAsync($"UPDATE PublishedFiles SET Bytes = {forged} WHERE Id = {fileId}");
        }

        var verify = await AdminCommand.RunAsync(factory, null, "verify-audit");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("PDF «приказ.pdf»", verify.Output);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
