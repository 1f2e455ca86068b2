namespace PolicyPortal.Domain.Public;

/// <summary>One step of an alignment: an element of the old sequence, of the new one, or of both.</summary>
public readonly record struct AlignedPair(int? OldIndex, int? NewIndex);

/// <summary>
/// Aligns two sequences by their longest common subsequence; what lies between two common elements is paired
/// by position (a change) where <c>pairable</c> allows, the rest is removed or added. Used for words, clauses and sections alike.
/// </summary>
public static class SequenceAlignment
{
    /// <summary>Beyond this many cells the comparison gives up on detail: everything is removed and added.</summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<AlignedPair> Align<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, T, bool> same, Func<T, T, bool>? pairable = null)
    {
        pairable ??= (_, _) => true;
        var common = (long)older.Count * newer.Count <= MaxCells ? CommonPairs(older, newer, same) : [];
        var result = new List<AlignedPair>();
        int i = 0, j = 0;
        foreach (var (oi, nj) in common.Append((older.Count, newer.Count)))
        {
            // The gap before this common pair: pair positionally, then what is left over.
            while (i < oi && j < nj)
            {
                result.Add(pairable(older[i], newer[j]) ? new(i++, j++) : new(i++, null));
            }

            while (i < oi)
            {
                result.Add(new(i++, null));
            }

            while (j < nj)
            {
                result.Add(new(null, j++));
            }

            if (oi < older.Count)
            {
                result.Add(new(i++, j++));
            }
        }

        return result;
    }

    /// <summary>The length of the longest common subsequence.</summary>
    public static int CommonLength<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, T, bool> same) =>
        (long)older.Count * newer.Count <= MaxCells ? CommonPairs(older, newer, same).Count : 0;

    private static List<(int, int)> CommonPairs<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, T, bool> same)
    {
        int n = older.Count, m = newer.Count;
        var length = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                length[i, j] = same(older[i], newer[j]) ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        int a = 0, b = 0;
        while (a < n && b < m)
        {
            if (same(older[a], newer[b]))
            {
                pairs.Add((a++, b++));
            }
            else if (length[a + 1, b] >= length[a, b + 1])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return pairs;
    }
}
