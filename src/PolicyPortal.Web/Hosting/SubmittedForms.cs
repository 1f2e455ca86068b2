using Microsoft.Extensions.Caching.Memory;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// A form that creates something carries a form id issued with the page. Its first post does the work; a second post
/// of the same form (a double click, a resubmit after Back) does nothing and gets the first one's answer, also when
/// both arrive at once. A refused post (the work answers null) is not kept: the corrected form may be posted again.
/// </summary>
public sealed class SubmittedForms(IMemoryCache memory)
{
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);
    private static readonly object Gate = new();

    /// <param name="scope">The form (e.g. "staff-bulk"), so one page's forms sharing an id do not answer for each other.</param>
    /// <param name="work">Does the work and answers what the page replays (a message, a redirect target), or null if refused.</param>
    public async Task<string?> OnceAsync(string scope, Guid formId, Func<Task<string?>> work)
    {
        if (formId == Guid.Empty)
        {
            return await work();
        }

        var key = $"submitted-form:{scope}:{formId}";
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
