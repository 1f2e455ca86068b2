using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyPortal.Domain.Journal;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Journal;

/// <summary>The journal key and where the keyed chains start (rows written before the key existed).</summary>
public sealed record JournalKeyFile(JournalKey Key, DateTimeOffset CreatedAt, JournalBoundary Acknowledgements, JournalBoundary AuditLog);

/// <summary>
/// Loads the journal key from its file, or makes it at the first journal write: 32 random bytes, and the count and last
/// link of the rows already in each chained table, so that those rows stay checkable (by SHA-256, against this record)
/// and the keyed chain starts at the next row. The file is written once (created under a temporary name and moved into
/// place, never overwritten): when two servers make it at once, one wins and both use it.
/// </summary>
public sealed class JournalKeyring(IOptions<DataFolderOptions> dataFolder, IOptions<JournalOptions> options, TimeProvider time, ILogger<JournalKeyring> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private JournalKeyFile? loaded;

    public string KeyFile => options.Value.KeyFile is { Length: > 0 } file
        ? Path.GetFullPath(file, dataFolder.Value.Path)
        : Path.Combine(dataFolder.Value.Path, "keys", "journal.key");

    /// <summary>The key, or null when its file does not exist (nothing has been written with a key yet, or it was lost).</summary>
    public async Task<JournalKeyFile?> TryLoadAsync(CancellationToken ct = default)
    {
        if (loaded is not null)
        {
            return loaded;
        }

        if (!File.Exists(KeyFile))
        {
            return null;
        }

        return loaded = Read(await File.ReadAllTextAsync(KeyFile, ct));
    }

    public async Task<JournalKeyFile> GetOrCreateAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (await TryLoadAsync(ct) is { } existing)
        {
            return existing;
        }

        await gate.WaitAsync(ct);
        try
        {
            return await TryLoadAsync(ct) ?? await CreateAsync(db, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<JournalKeyFile> CreateAsync(AppDbContext db, CancellationToken ct)
    {
        var acknowledgements = await db.Acknowledgements.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Hash).ToListAsync(ct);
        var audit = await db.AuditLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
        if (audit.Any(a => a.Hash.Length > 0))
        {
            throw new InvalidOperationException(
                $"Журнал действий уже подписан ключом, а файла ключа {KeyFile} нет. Восстановите его из резервной копии (без него записи журнала нельзя проверить), а новый ключ не создаётся.");
        }

        var made = new JournalKeyFile(
            JournalKey.Create(),
            time.GetUtcNow(),
            new JournalBoundary(acknowledgements.Count, acknowledgements.Count == 0 ? JournalChain.Genesis : acknowledgements[^1]),
            new JournalBoundary(audit.Count, JournalChain.RunningHead(audit)));
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
        var temporary = $"{KeyFile}.{Guid.NewGuid():N}.tmp";
        var stream = OperatingSystem.IsWindows()
            ? new FileStream(temporary, FileMode.CreateNew, FileAccess.Write)
            : new FileStream(temporary, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite });
        await using (stream)
        {
            await JsonSerializer.SerializeAsync(stream, Stored.From(made), cancellationToken: ct);
            await stream.FlushAsync(ct);
            stream.Flush(flushToDisk: true);
        }

        try
        {
            File.Move(temporary, KeyFile, overwrite: false);
            logger.LogWarning("Journal key created at {KeyFile}: {Acknowledgements} acknowledgements and {Audit} audit lines before it are checked by SHA-256. Back the file up apart from the database.",
                KeyFile, made.Acknowledgements.Count, made.AuditLog.Count);
        }
        catch (IOException) when (File.Exists(KeyFile))
        {
            File.Delete(temporary);
        }

        loaded = null;
        return await TryLoadAsync(ct) ?? throw new InvalidOperationException($"Файл ключа журнала {KeyFile} не создан.");
    }

    public void Dispose() => gate.Dispose();

    private static JournalKeyFile Read(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json) ?? throw new InvalidOperationException("Файл ключа журнала пуст.");
        return new(new JournalKey(Convert.FromBase64String(stored.Key)), stored.CreatedAt,
            new JournalBoundary(stored.Acknowledgements, stored.AcknowledgementsHead),
            new JournalBoundary(stored.AuditLog, stored.AuditLogHead));
    }

    private sealed record Stored(string Key, DateTimeOffset CreatedAt, int Acknowledgements, string AcknowledgementsHead, int AuditLog, string AuditLogHead)
    {
        public static Stored From(JournalKeyFile file) => new(Convert.ToBase64String(file.Key.ToBytes()), file.CreatedAt,
            file.Acknowledgements.Count, file.Acknowledgements.Head, file.AuditLog.Count, file.AuditLog.Head);
    }
}
