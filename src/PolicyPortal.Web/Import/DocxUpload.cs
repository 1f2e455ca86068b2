using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.Web.Import;

/// <summary>
/// Reads the text of an uploaded DOCX after checking that it is one: a ZIP (PK\x03\x04) holding word/document.xml,
/// at most 10 MB, within <see cref="DocxText"/>'s limits on parts and inflated size. A renamed text file, a damaged
/// package or a «zip bomb» gets a Russian message, never an exception page.
/// </summary>
public static class DocxUpload
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public sealed record Result(string Text, string? Error);

    public static async Task<Result> ReadAsync(Stream source, long length, CancellationToken cancellationToken = default)
    {
        if (length > MaxBytes)
        {
            return Failed($"Файл больше {MaxBytes / 1024 / 1024} МБ. Сохраните документ без встроенных изображений или вставьте его текст.");
        }

        if (length == 0)
        {
            return Failed("Файл пуст.");
        }

        using var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            return Failed($"Файл больше {MaxBytes / 1024 / 1024} МБ.");
        }

        var bytes = buffer.GetBuffer();
        if (buffer.Length < ZipSignature.Length || !bytes.AsSpan(0, ZipSignature.Length).SequenceEqual(ZipSignature))
        {
            return Failed("Это не документ Word (DOCX). Если у вас файл .doc или .rtf, сохраните его в Word как «Документ Word (.docx)» или вставьте текст в поле выше.");
        }

        try
        {
            buffer.Position = 0;
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true))
            {
                if (zip.GetEntry("word/document.xml") is null)
                {
                    return Failed("Архив не содержит документа Word (нет word/document.xml). Выберите файл .docx.");
                }
            }

            buffer.Position = 0;
            var text = DocxText.Extract(buffer);
            return string.IsNullOrWhiteSpace(text) ? Failed("В документе нет текста.") : new Result(text, null);
        }
        catch (DocxLimitException e)
        {
            return Failed(e.Message);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or XmlException or IOException or InvalidOperationException)
        {
            return Failed("Файл DOCX повреждён и не читается. Откройте его в Word, сохраните заново и повторите загрузку.");
        }
    }

    private static Result Failed(string error) => new("", error);
}
