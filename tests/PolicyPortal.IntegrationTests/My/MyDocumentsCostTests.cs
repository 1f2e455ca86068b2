using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.My;

/// <summary>«Мои документы» asks for the person's own documents: the same SQL commands, none reading a document's body, whatever the archive holds.</summary>
public sealed class MyDocumentsCostTests : IAsyncLifetime
{
    private readonly AcknowledgementPortalFactory factory = new();
    private readonly List<string> commands = [];
    private readonly IDisposable listening;
    private bool recording;
    private FormClient admin = default!;

    public MyDocumentsCostTests() => listening = Listen();

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task The_commands_do_not_grow_with_the_archive_and_read_no_document_body()
    {
        var first = await AcknowledgementArrange.PublishOrderAsync(factory, admin, people: 2, number: "1");
        var signer = await AcknowledgementArrange.SignerAsync(factory, admin, first.People[0], "deputy@college.test");
        var second = await AddToOrderAndPublishAsync(first.People[0], "2");

        var (small, smallPage) = await CommandsOfAsync(signer);
        Assert.Equal(2, smallPage.QuerySelectorAll(".my-pending li").Length);

        await ArchiveAsync(60);
        var (large, largePage) = await CommandsOfAsync(signer);

        Assert.Equal(2, largePage.QuerySelectorAll(".my-pending li").Length);
        Assert.Contains(largePage.QuerySelectorAll(".my-pending a"), a => a.GetAttribute("href") == $"/my/documents/{second}");
        Assert.Equal(small.Count, large.Count);
        Assert.DoesNotContain(large, c => c.Contains("SnapshotJson", StringComparison.Ordinal) || c.Contains("ContentJson", StringComparison.Ordinal));
    }

    private async Task<Guid> AddToOrderAndPublishAsync(Domain.Staff.Person person, string number)
    {
        await using var scope = factory.Scope(out var db);
        var content = new DocumentContent { Requisites = { Number = number, Date = new DateOnly(2025, 9, 1), Title = "О сервисах" } };
        content.Acknowledgers.Add(PersonRef.Of(person.FullName, person.Position, person.Id));
        var document = PolicyDocument.CreateDraft(content, "test", DateTimeOffset.UtcNow);
        document.Publish(DocumentArrange.ApprovedOnPaper, "test", DateTimeOffset.UtcNow);
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    /// <summary>Published orders that name other people, with long acknowledgement lists.</summary>
    private async Task ArchiveAsync(int count)
    {
        await using var scope = factory.Scope(out var db);
        for (var i = 0; i < count; i++)
        {
            var content = new DocumentContent { Requisites = { Number = $"A-{i}", Date = new DateOnly(2024, 9, 1), Title = "Архивный приказ" } };
            content.Acknowledgers.AddRange(Enumerable.Range(0, 50).Select(n => PersonRef.Of($"Другой Сотрудник {n}", "Преподаватель", Guid.NewGuid())));
            var document = PolicyDocument.CreateDraft(content, "test", DateTimeOffset.UtcNow);
            document.Publish(DocumentArrange.ApprovedOnPaper, "test", DateTimeOffset.UtcNow);
            db.Documents.Add(document);
        }

        await db.SaveChangesAsync();
    }

    private async Task<(List<string> Commands, AngleSharp.Html.Dom.IHtmlDocument Page)> CommandsOfAsync(FormClient client)
    {
        lock (commands)
        {
            commands.Clear();
            recording = true;
        }

        var (_, page) = await client.GetAsync("/my/documents");
        lock (commands)
        {
            recording = false;
            return (commands.ToList(), page);
        }
    }

    /// <summary>
    /// Listens from before the portal starts: EF Core decides whether anyone listens and keeps that answer for a while,
    /// so a listener added just before a request could miss its commands.
    /// </summary>
    private IDisposable Listen() => DiagnosticListener.AllListeners.Subscribe(new Observer(listener =>
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
            {
                if (e.Key == RelationalEventId.CommandExecuting.Name && e.Value is CommandEventData data
                    && data.Command.Connection?.DataSource is { } source && source.StartsWith(factory.Database.Folder, StringComparison.Ordinal))
                {
                    lock (commands)
                    {
                        if (recording)
                        {
                            commands.Add(data.Command.CommandText);
                        }
                    }
                }
            }));
        }
    }));

    private sealed class Observer(Action<DiagnosticListener> onNext) : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value) => onNext(value);
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }

    private sealed class Observer<T>(Action<T> onNext) : IObserver<T>
    {
        public void OnNext(T value) => onNext(value);
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }

    public Task DisposeAsync()
    {
        listening.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
