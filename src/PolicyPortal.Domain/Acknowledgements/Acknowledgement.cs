using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PolicyPortal.Domain.Journal;

namespace PolicyPortal.Domain.Acknowledgements;

public enum AcknowledgementMethod
{
    /// <summary>Signed online with a simple electronic signature (login and password re-entered).</summary>
    Electronic,
    /// <summary>Signed on paper; recorded by the director, optionally with a scan.</summary>
    Paper,
}

/// <summary>
/// One person's acknowledgement of one published version. Append-only: never updated, never deleted.
/// Each row holds the hash of the row before it (<see cref="PreviousHash"/>) and its own <see cref="Hash"/> over a
/// canonical string of its fields, so a row changed afterwards breaks the chain (see <see cref="AcknowledgementChain"/>).
/// </summary>
public sealed class Acknowledgement : IJournalLink
{
    /// <summary>The <see cref="PreviousHash"/> of the first row.</summary>
    public const string Genesis = JournalChain.Genesis;

    private Acknowledgement() { }

    public long Id { get; private set; }
    public Guid DocumentId { get; private set; }
    public Guid PersonId { get; private set; }
    /// <summary>The signer's account; null for a paper acknowledgement.</summary>
    public string? UserId { get; private set; }
    public AcknowledgementMethod Method { get; private set; }
    /// <summary>SHA-256 of the published version's frozen content.</summary>
    public string DocumentHash { get; private set; } = "";
    /// <summary>SHA-256 of the published PDF, when it was ready at signing time.</summary>
    public string? PdfSha256 { get; private set; }
    /// <summary>Server time in UTC, to the millisecond (every provider stores that exactly).</summary>
    public DateTimeOffset SignedAt { get; private set; }
    public string? IpAddress { get; private set; }
    public string? UserAgent { get; private set; }
    /// <summary>The date written on paper, for a paper acknowledgement.</summary>
    public DateOnly? PaperDate { get; private set; }
    /// <summary>The stored scan's generated file name, for a paper acknowledgement with a scan.</summary>
    public string? ScanFileName { get; private set; }
    /// <summary>Who recorded the row: the signer's login, or the director who entered a paper acknowledgement.</summary>
    public string RecordedBy { get; private set; } = "";
    public string PreviousHash { get; private set; } = Genesis;
    public string Hash { get; private set; } = "";

    public const int MaxUserAgentLength = 512;

    public static Acknowledgement Electronic(
        Guid documentId, string documentHash, string? pdfSha256, Guid personId, string userId, string userName,
        DateTimeOffset at, string? ipAddress, string? userAgent, string previousHash) =>
        Seal(new Acknowledgement
        {
            DocumentId = documentId,
            DocumentHash = documentHash,
            PdfSha256 = pdfSha256,
            PersonId = personId,
            UserId = userId,
            Method = AcknowledgementMethod.Electronic,
            SignedAt = Truncate(at),
            IpAddress = ipAddress,
            UserAgent = userAgent is { Length: > MaxUserAgentLength } ? userAgent[..MaxUserAgentLength] : userAgent,
            RecordedBy = userName,
        }, previousHash);

    /// <summary>A signature on the paper sheet, recorded by the director; its date must lie in <paramref name="window"/>.</summary>
    public static Acknowledgement Paper(
        Guid documentId, string documentHash, string? pdfSha256, Guid personId, DateOnly paperDate, PaperDateWindow window, string? scanFileName,
        string recordedBy, DateTimeOffset at, string previousHash) =>
        !window.Accepts(paperDate) ? throw new DomainException(PaperDateWindow.Message) : Seal(new Acknowledgement
        {
            DocumentId = documentId,
            DocumentHash = documentHash,
            PdfSha256 = pdfSha256,
            PersonId = personId,
            Method = AcknowledgementMethod.Paper,
            SignedAt = Truncate(at),
            PaperDate = paperDate,
            ScanFileName = scanFileName,
            RecordedBy = recordedBy,
        }, previousHash);

    /// <summary>The hash the row's fields and previous hash give now; differs from <see cref="Hash"/> if the row was changed.</summary>
    public string ComputeHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalString())));

    /// <summary>One field a line, in a fixed order and format, so the same row always hashes the same.</summary>
    public string CanonicalString() => string.Join('\n', LinkFields().Prepend("v1").Append(PreviousHash));

    public IEnumerable<string> LinkFields() =>
    [
        DocumentId.ToString("D"),
        PersonId.ToString("D"),
        UserId ?? "",
        Method.ToString(),
        DocumentHash,
        PdfSha256 ?? "",
        SignedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        IpAddress ?? "",
        UserAgent ?? "",
        PaperDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        ScanFileName ?? "",
        RecordedBy,
    ];

    /// <summary>Authenticates the new row's link with the journal key (done as the row is saved).</summary>
    public void SealWith(JournalKey key) => Hash = JournalChain.KeyedLink(this, PreviousHash, key);

    private static Acknowledgement Seal(Acknowledgement row, string previousHash)
    {
        row.PreviousHash = previousHash;
        row.Hash = row.ComputeHash();
        return row;
    }

    private static DateTimeOffset Truncate(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
