using Microsoft.Extensions.Caching.Memory;

namespace PolicyPortal.Web.Hosting;

/// <summary>Where the first answer of each submitted form is kept (<see cref="SubmittedForms"/>).</summary>
public interface IFormAnswers
{
    /// <summary>Runs <paramref name="work"/> for the first post of <paramref name="key"/>; a later or concurrent post gets its answer.</summary>
    Task<string?> OnceAsync(string key, Func<Task<string?>> work);
}

/// <summary>In this server's memory: one server alone (and a cluster's fallback while Redis is down).</summary>
public sealed class MemoryFormAnswers(IMemoryCache memory) : IFormAnswers
{
    public static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);
    private static readonly object Gate = new();

    public async Task<string?> OnceAsync(string key, Func<Task<string?>> work)
    {
        key = $"submitted-form:{key}";
        var mine = new Lazy<Task<string?>>(work);
        Lazy<Task<string?>> first;
        lock (Gate)
        {
            first = memory.GetOrCreate(key, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = Kept;
                return mine;
            })!;
        }

        if (!ReferenceEquals(first, mine))
        {
            // The first post was refused or failed: this one is judged on its own.
            var earlier = await Task.WhenAny(first.Value);
            return earlier.IsCompletedSuccessfully && earlier.Result is { } answer ? answer : await work();
        }

        try
        {
            var answer = await mine.Value;
            if (answer is null)
            {
                memory.Remove(key);
            }
            else
            {
                // Only the answer is kept, not the request that made it.
                memory.Set(key, new Lazy<Task<string?>>(Task.FromResult<string?>(answer)), Kept);
            }

            return answer;
        }
        catch
        {
            memory.Remove(key);
            throw;
        }
    }
}
