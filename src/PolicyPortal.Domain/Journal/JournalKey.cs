using System.Security.Cryptography;
using System.Text;

namespace PolicyPortal.Domain.Journal;

/// <summary>
/// The secret that authenticates each link of the journal chains (HMAC-SHA256). It is kept outside the database, so
/// whoever rewrites rows in the database cannot recompute their links.
/// </summary>
public sealed class JournalKey
{
    public const int Length = 32;

    private readonly byte[] key;

    public JournalKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != Length)
        {
            throw new ArgumentException($"A journal key is {Length} bytes.", nameof(key));
        }

        this.key = key.ToArray();
    }

    public static JournalKey Create() => new(RandomNumberGenerator.GetBytes(Length));

    public byte[] ToBytes() => key.ToArray();

    public string Mac(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
