using System.Collections.Concurrent;

namespace PolicyPortal.Web.Acknowledgements;

/// <summary>One printed sheet: the institution's document and whom it lists.</summary>
public readonly record struct SheetKey(int Institution, Guid Document, SheetFilter Filter);

/// <summary>A printed sheet and the last acknowledgement it includes.</summary>
public sealed record PrintedSheet(long Head, byte[] Pdf);

/// <summary>
/// Where printed sheets are kept (<see cref="SheetRenderings"/>): in this server's memory when it runs alone, in Redis
/// when several servers share the work, so that a sheet printed by one is what every other serves.
/// </summary>
public interface ISheetStore
{
    Task<PrintedSheet?> GetAsync(SheetKey key);

    /// <summary>Keeps <paramref name="sheet"/> unless a sheet at a later head is kept already.</summary>
    Task KeepAsync(SheetKey key, PrintedSheet sheet);

    /// <summary>The sheets of a document someone has opened (printed again after each acknowledgement).</summary>
    Task<IReadOnlyList<SheetKey>> OpenedAsync(int institution, Guid document);
}

public sealed class MemorySheetStore : ISheetStore
{
    private readonly ConcurrentDictionary<SheetKey, PrintedSheet> ready = new();

    public Task<PrintedSheet?> GetAsync(SheetKey key) => Task.FromResult(ready.GetValueOrDefault(key));

    public Task KeepAsync(SheetKey key, PrintedSheet sheet)
    {
        ready.AddOrUpdate(key, sheet, (_, old) => old.Head > sheet.Head ? old : sheet);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SheetKey>> OpenedAsync(int institution, Guid document) =>
        Task.FromResult<IReadOnlyList<SheetKey>>([.. ready.Keys.Where(k => k.Institution == institution && k.Document == document)]);
}
