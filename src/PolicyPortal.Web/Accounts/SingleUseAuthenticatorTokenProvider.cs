using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Accounts;

/// <summary>
/// Authenticator-app codes (RFC 6238), each usable once per user: the time step of the last accepted code is kept
/// (a user token row) and a code of that step or an earlier one is refused, so a code seen over a shoulder or in a
/// proxy log cannot open a second session. One step of clock drift either way is allowed (Identity's default allows
/// two back, which accepted a code a minute old). The step is advanced by a conditional UPDATE, so two requests racing
/// with the same code cannot both win.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(AppDbContext db) : AuthenticatorTokenProvider<AppUser>
{
    public const string LoginProvider = "[PolicyPortal]";
    public const string LastStepName = "LastTotpStep";
    private const int Drift = 1;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var secret = FromBase32(key);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        for (var step = now - Drift; step <= now + Drift; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(token)))
            {
                return await ClaimStepAsync(user.Id, step);
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="step"/> is later than every step this user has used; records it.</summary>
    private async Task<bool> ClaimStepAsync(string userId, long step)
    {
        var value = step.ToString(CultureInfo.InvariantCulture);
        var tokens = db.Set<IdentityUserToken<string>>();
        var last = await tokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == LastStepName)
            .Select(t => t.Value).FirstOrDefaultAsync();
        if (last is not null)
        {
            if (!long.TryParse(last, CultureInfo.InvariantCulture, out var lastStep) || lastStep >= step)
            {
                return false; // this step or a later one was used already
            }

            // Compare-and-swap: a racing request that recorded a step meanwhile makes this one lose.
            return await tokens
                .Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == LastStepName && t.Value == last)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, value)) == 1;
        }

        var row = new IdentityUserToken<string> { UserId = userId, LoginProvider = LoginProvider, Name = LastStepName, Value = value };
        tokens.Add(row);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(row).State = EntityState.Detached;
            return false; // a racing request recorded its step first
        }
    }

    private static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", CultureInfo.InvariantCulture);
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
