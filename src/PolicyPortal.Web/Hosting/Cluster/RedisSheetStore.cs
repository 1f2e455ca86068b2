using System.Globalization;
using PolicyPortal.Web.Acknowledgements;
using StackExchange.Redis;

namespace PolicyPortal.Web.Hosting.Cluster;

/// <summary>
/// Printed sheets in Redis: one hash per document, a head and a PDF per filter, replaced only by a sheet at a later head
/// (in one script, so two servers never leave an older sheet over a newer one). While Redis is down nothing is kept and
/// each download prints (the sheet is then current, only slower).
/// </summary>
public sealed class RedisSheetStore(IConnectionMultiplexer redis, ILogger<RedisSheetStore> logger) : ISheetStore
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(7);

    private const string KeepNewer = """
        local head = redis.call('HGET', KEYS[1], ARGV[1] .. ':head')
        if (not head) or tonumber(head) < tonumber(ARGV[2]) then
          redis.call('HSET', KEYS[1], ARGV[1] .. ':head', ARGV[2], ARGV[1] .. ':pdf', ARGV[3])
        end
        redis.call('EXPIRE', KEYS[1], ARGV[4])
        return 0
        """;

    public async Task<PrintedSheet?> GetAsync(SheetKey key)
    {
        try
        {
            var values = await redis.GetDatabase().HashGetAsync(Hash(key.Institution, key.Document), [$"{key.Filter}:head", $"{key.Filter}:pdf"]);
            return values[0].IsNull || values[1].IsNull ? null : new PrintedSheet((long)values[0], (byte[])values[1]!);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis is unavailable: the sheet of {Document} is printed here.", key.Document);
            return null;
        }
    }

    public async Task KeepAsync(SheetKey key, PrintedSheet sheet)
    {
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(
                KeepNewer,
                [Hash(key.Institution, key.Document)],
                [key.Filter.ToString(), sheet.Head, sheet.Pdf, (long)Kept.TotalSeconds]);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis is unavailable: the sheet of {Document} is not kept.", key.Document);
        }
    }

    public async Task<IReadOnlyList<SheetKey>> OpenedAsync(int institution, Guid document)
    {
        try
        {
            var fields = await redis.GetDatabase().HashKeysAsync(Hash(institution, document));
            return [.. fields.Select(f => ((string)f!).Split(':'))
                .Where(f => f is [_, "head"] && Enum.TryParse<SheetFilter>(f[0], out _))
                .Select(f => new SheetKey(institution, document, Enum.Parse<SheetFilter>(f[0])))];
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis is unavailable: the opened sheets of {Document} are not printed again now.", document);
            return [];
        }
    }

    private static RedisKey Hash(int institution, Guid document) =>
        $"policyportal-sheet:{institution.ToString(CultureInfo.InvariantCulture)}:{document:N}";
}
