using System.Buffers.Binary;
using System.Security.Cryptography;

namespace PolicyPortal.IntegrationTests.Infrastructure;

/// <summary>What an authenticator app does (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), from the Base32 shared key.</summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1.
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> LastIssued = new();

    /// <summary>
    /// A code the portal has not seen yet for this key: the portal takes each time step once (issue 14), so a second
    /// sign-in within the same 30 seconds gets the next step's code (one step ahead is allowed for clock drift), and a
    /// third waits for the clock.
    /// </summary>
    public static string Now(string base32Key)
    {
        // The enrolment page shows the key grouped in lower case; the user store holds it in upper case.
        var id = string.Concat(base32Key.Where(c => c is not (' ' or '='))).ToUpperInvariant();
        lock (LastIssued)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            var step = Math.Max(now, LastIssued.GetValueOrDefault(id, long.MinValue) + 1);
            if (step > now + 1)
            {
                Thread.Sleep(TimeSpan.FromSeconds((step - 1) * 30 - DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1));
            }

            LastIssued[id] = step;
            return Code(base32Key, DateTimeOffset.FromUnixTimeSeconds(step * 30));
        }
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
            }
        }

        return [.. bytes];
    }
}
