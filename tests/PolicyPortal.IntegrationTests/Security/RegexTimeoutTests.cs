using System.Reflection;
using System.Text.RegularExpressions;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>
/// Issue 11: «Regex timeouts everywhere user text meets a regex». Every generated pattern of the domain and of the web
/// project carries a match timeout, so that no pattern written later can backtrack without end on what a user typed.
/// </summary>
public class RegexTimeoutTests
{
    [Fact]
    public void Every_generated_pattern_has_a_match_timeout()
    {
        var patterns = new[] { typeof(DocumentImporter).Assembly, typeof(Program).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .ToList();

        var without = patterns.Where(m => ((Regex)m.Invoke(null, null)!).MatchTimeout == Regex.InfiniteMatchTimeout)
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();

        Assert.True(patterns.Count > 50, $"only {patterns.Count} generated patterns found: the search misses them");
        Assert.True(without.Count == 0, "patterns without a match timeout: " + string.Join(", ", without));
    }
}
