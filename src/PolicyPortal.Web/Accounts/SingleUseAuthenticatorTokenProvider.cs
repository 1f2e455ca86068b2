using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
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

        // Otp.NET compares in constant time and tells which step matched.
        var totp = new Totp(Base32Encoding.ToBytes(key));
        return totp.VerifyTotp(DateTime.UtcNow, token, out var step, new VerificationWindow(previous: Drift, future: Drift))
            && await ClaimStepAsync(user.Id, step);
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
}
