using StackExchange.Redis;

namespace PolicyPortal.Web.Hosting.Cluster;

/// <summary>
/// The first answers of submitted forms in Redis, so that a double submit split by the balancer between two servers is
/// still harmless. The first post claims the form id (SET NX) and keeps the claim alive while it works; a second post
/// waits for the answer, and works itself only if the first was refused or its server died (the claim then expires).
/// While Redis is down each server keeps the answers in its own memory.
/// </summary>
public sealed class RedisFormAnswers(IConnectionMultiplexer redis, MemoryFormAnswers local, ILogger<RedisFormAnswers> logger) : IFormAnswers
{
    private const string Claimed = "c:";
    private const string Answered = "a:";
    private static readonly TimeSpan Claim = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public async Task<string?> OnceAsync(string key, Func<Task<string?>> work)
    {
        RedisKey redisKey = $"policyportal-form:{key}";
        while (true)
        {
            var claim = Claimed + Guid.NewGuid().ToString("N");
            var db = redis.GetDatabase();
            bool claimed;
            RedisValue seen = default;
            try
            {
                claimed = await db.StringSetAsync(redisKey, claim, Claim, When.NotExists);
                if (!claimed)
                {
                    seen = await db.StringGetAsync(redisKey);
                }
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogWarning(e, "Redis is unavailable: this server keeps the submitted form {Key} in its own memory.", key);
                return await local.OnceAsync(key, work);
            }

            if (claimed)
            {
                return await WorkAsync(db, redisKey, claim, work);
            }

            var value = (string?)seen;
            if (value is not null && value.StartsWith(Answered, StringComparison.Ordinal))
            {
                return value[Answered.Length..];
            }

            // Still claimed (the first post is at work): wait. Gone: the first was refused or failed; claim it anew.
            if (value is not null)
            {
                await Task.Delay(Poll);
            }
        }
    }

    private async Task<string?> WorkAsync(IDatabase db, RedisKey key, string claim, Func<Task<string?>> work)
    {
        string? answer;
        using (var working = new CancellationTokenSource())
        {
            var heartbeat = KeepClaimAsync(db, key, claim, working.Token);
            try
            {
                answer = await work();
            }
            catch
            {
                await working.CancelAsync();
                await heartbeat;
                await ReleaseAsync(db, key, claim);
                throw;
            }

            await working.CancelAsync();
            await heartbeat;
        }

        if (answer is null)
        {
            await ReleaseAsync(db, key, claim);
            return null;
        }

        try
        {
            await db.StringSetAsync(key, Answered + answer, MemoryFormAnswers.Kept);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // The claim expires: a later post of this form would be done again, as on a server without Redis.
            logger.LogWarning(e, "Redis is unavailable: the answer of submitted form {Key} is not kept.", (string?)key);
        }

        return answer;
    }

    private static async Task KeepClaimAsync(IDatabase db, RedisKey key, string claim, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Claim / 3, ct);
                var renew = db.CreateTransaction();
                renew.AddCondition(Condition.StringEqual(key, claim));
                _ = renew.KeyExpireAsync(key, Claim);
                await renew.ExecuteAsync();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or RedisException or TimeoutException)
        {
        }
    }

    private async Task ReleaseAsync(IDatabase db, RedisKey key, string claim)
    {
        try
        {
            var release = db.CreateTransaction();
            release.AddCondition(Condition.StringEqual(key, claim));
            _ = release.KeyDeleteAsync(key);
            await release.ExecuteAsync();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis is unavailable: the claim of submitted form {Key} expires by itself.", (string?)key);
        }
    }
}
