using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

internal static class SeedAssert
{
    public static Clause Clause(Appendix appendix, string number) =>
        appendix.Sections.SelectMany(s => s.Clauses).Single(c => c.Number == number);

    /// <summary>At least 99 % of the source's words are found, in order, in the content (or quoted in the notes as not carried over).</summary>
    public static void KeepsTheText(string seed, ImportResult result)
    {
        var report = WordCoverage.Of(Seed.Text(seed), result);
        Assert.True(report.ShareWithReported >= 0.99,
            $"Only {report.ShareWithReported:P2} of the words kept in order; missing: {string.Join(" ", report.Missing)}");
    }
}
