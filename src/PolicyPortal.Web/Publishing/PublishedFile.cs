using System.Security.Cryptography;

namespace PolicyPortal.Web.Publishing;

public enum PublishedFileKind
{
    /// <summary>The order (or standalone regulation) with all its appendices.</summary>
    Package,
    /// <summary>One appendix, numbered by <see cref="PublishedFile.AppendixNumber"/>.</summary>
    Appendix,
}

public enum PublishedFileStatus
{
    Pending,
    Ready,
}

/// <summary>
/// A PDF of a published document, rendered once at publication and served as a file. A Ready file never changes;
/// a Pending one waits for the browser (its <see cref="Error"/> says why, in Russian) and is retried.
/// </summary>
public sealed class PublishedFile
{
    private PublishedFile() { }

    public Guid Id { get; private set; }
    public Guid DocumentId { get; private set; }
    public PublishedFileKind Kind { get; private set; }

    /// <summary>1-based for an appendix, 0 for the package.</summary>
    public int AppendixNumber { get; private set; }

    public string FileName { get; private set; } = "";
    public byte[] Bytes { get; private set; } = [];
    public string Sha256 { get; private set; } = "";
    public PublishedFileStatus Status { get; private set; }
    public string? Error { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Attempts { get; private set; }

    public static PublishedFile Pending(Guid documentId, PublishedFileKind kind, int appendixNumber, string fileName, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        DocumentId = documentId,
        Kind = kind,
        AppendixNumber = kind == PublishedFileKind.Package ? 0 : appendixNumber,
        FileName = fileName,
        Status = PublishedFileStatus.Pending,
        CreatedAt = at,
    };

    public void Complete(byte[] bytes, DateTimeOffset at)
    {
        EnsurePending();
        Bytes = bytes;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Status = PublishedFileStatus.Ready;
        Error = null;
        CreatedAt = at;
        Attempts++;
    }

    public void Fail(string reason)
    {
        EnsurePending();
        Error = reason;
        Attempts++;
    }

    private void EnsurePending()
    {
        if (Status == PublishedFileStatus.Ready)
        {
            throw new InvalidOperationException("A ready PDF of a published document never changes.");
        }
    }
}
