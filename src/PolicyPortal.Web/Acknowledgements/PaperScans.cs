using Microsoft.Extensions.Options;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Acknowledgements;

/// <summary>
/// Scans of paper acknowledgement sheets: PDF, JPEG or PNG recognised by their first bytes (never by name or the
/// browser's content type), at most 5 MB, stored in the data folder (outside wwwroot) under a generated name.
/// </summary>
public sealed class PaperScans(IOptions<DataFolderOptions> dataFolder)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    /// <summary>The whole request may be this large; past it the server answers 413 before reading the form.</summary>
    public const long RequestLimit = MaxBytes + (256 * 1024);

    private static readonly (byte[] Magic, string Extension)[] Types =
    [
        ("%PDF-"u8.ToArray(), ".pdf"),
        ([0xFF, 0xD8, 0xFF], ".jpg"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], ".png"),
    ];

    public string Folder => dataFolder.Value.Sub("scans");

    public sealed record Saved(string? FileName, string? Error);

    public async Task<Saved> SaveAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > MaxBytes)
        {
            return new(null, $"Скан больше {MaxBytes / 1024 / 1024} МБ. Отсканируйте лист с меньшим разрешением.");
        }

        if (file.Length == 0)
        {
            return new(null, "Файл скана пуст.");
        }

        using var buffer = new MemoryStream();
        await using (var source = file.OpenReadStream())
        {
            await source.CopyToAsync(buffer, ct);
        }

        var bytes = buffer.ToArray();
        var extension = ExtensionOf(bytes);
        if (extension is null)
        {
            return new(null, "Скан должен быть в формате PDF, JPEG или PNG.");
        }

        Directory.CreateDirectory(Folder);
        var name = $"{Guid.NewGuid():N}{extension}";
        await File.WriteAllBytesAsync(Path.Combine(Folder, name), bytes, ct);
        return new(name, null);
    }

    public string? PathOf(string fileName) =>
        fileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || fileName.Contains("..", StringComparison.Ordinal) ? null : Path.Combine(Folder, fileName);

    public static string? ExtensionOf(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, extension) in Types)
        {
            if (bytes.StartsWith(magic))
            {
                return extension;
            }
        }

        return null;
    }

    public static string ContentType(string fileName) => Path.GetExtension(fileName) switch
    {
        ".pdf" => "application/pdf",
        ".jpg" => "image/jpeg",
        _ => "image/png",
    };
}
