using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Journal;

namespace PolicyPortal.UnitTests.Journal;

public sealed class JournalChainTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);
    private readonly JournalKey key = JournalKey.Create();

    [Fact]
    public void A_keyed_chain_verifies_with_its_key_and_not_with_another()
    {
        var lines = Keyed(3, JournalChain.Genesis);
        Assert.Null(JournalChain.Verify(lines, key, JournalBoundary.Empty, legacyStored: false).Break);
        Assert.NotNull(JournalChain.Verify(lines, JournalKey.Create(), JournalBoundary.Empty, legacyStored: false).Break);
    }

    [Fact]
    public void Links_recomputed_as_plain_sha256_after_the_key_are_refused()
    {
        // What rewriting a row and recomputing the chain gave before the key: every link plain SHA-256.
        var plain = new List<AuditEntry>();
        var previous = JournalChain.Genesis;
        for (var i = 0; i < 3; i++)
        {
            var line = AuditEntry.Record(At, "director", AuditActions.Edit, $"doc-{i}", "переписано");
            var link = JournalChain.PlainLink(line, previous);
            plain.Add(Linked(line, previous, link));
            previous = link;
        }

        var report = JournalChain.Verify(plain, key, JournalBoundary.Empty, legacyStored: false);
        Assert.Contains("HMAC", report.Break!.Reason);
        Assert.Null(JournalChain.Verify(plain, null, JournalBoundary.Empty, legacyStored: true).Break);
    }

    [Fact]
    public void Rows_before_the_key_are_checked_against_the_recorded_boundary_and_cannot_be_extended()
    {
        var legacy = new List<AuditEntry>
        {
            AuditEntry.Record(At, "director", AuditActions.Publish, "doc-1", "№ 1"),
            AuditEntry.Record(At, "director", AuditActions.Edit, "doc-2", "правка"),
        };
        var boundary = new JournalBoundary(2, JournalChain.RunningHead(legacy));
        var all = legacy.Concat(Keyed(2, boundary.Head)).ToList();
        var report = JournalChain.Verify(all, key, boundary, legacyStored: false);
        Assert.Null(report.Break);
        Assert.Equal(2, report.Legacy);

        // A legacy line changed: the running link misses the boundary recorded in the key file.
        var changed = new List<AuditEntry> { AuditEntry.Record(At, "someone-else", AuditActions.Publish, "doc-1", "№ 1"), legacy[1] }
            .Concat(all.Skip(2)).ToList();
        Assert.Contains("до появления ключа", JournalChain.Verify(changed, key, boundary, legacyStored: false).Break!.Reason);

        // Legacy lines deleted.
        Assert.NotNull(JournalChain.Verify(legacy.Take(1).ToList(), key, boundary, legacyStored: false).Break);
    }

    [Fact]
    public void The_anchor_names_both_chains_and_reads_the_older_form()
    {
        var acknowledgements = new[] { new string('a', 64), new string('b', 64) };
        var audit = new[] { new string('c', 64), new string('d', 64), new string('e', 64) };
        var anchor = ChainAnchor.Of(2, acknowledgements[^1], 3, audit[^1]);
        Assert.Equal(anchor, ChainAnchor.Parse(anchor.ToString()));
        Assert.StartsWith("2+3:", anchor.ToString());
        Assert.Null(anchor.Check(acknowledgements, audit));
        Assert.Null(anchor.Check([.. acknowledgements, new string('f', 64)], [.. audit, new string('0', 64)]));
        Assert.Contains("журнале действий 2 записей", anchor.Check(acknowledgements, audit[..2]));
        Assert.Contains("журнале ознакомлений 1 записей", anchor.Check(acknowledgements[..1], audit));
        Assert.Contains("переписана", anchor.Check(acknowledgements, [audit[0], audit[1], new string('9', 64)]));

        var older = ChainAnchor.Parse("2:bbbbbbbbbbbbbbbb")!;
        Assert.Null(older.AuditCount);
        Assert.Null(older.Check(acknowledgements, []));
    }

    private List<AuditEntry> Keyed(int count, string previous)
    {
        var lines = new List<AuditEntry>();
        for (var i = 0; i < count; i++)
        {
            var line = AuditEntry.Record(At.AddMinutes(i), "director", AuditActions.Edit, $"doc-{i}", $"правка {i}");
            line.LinkTo(previous, key);
            lines.Add(line);
            previous = line.Hash;
        }

        return lines;
    }

    private static AuditEntry Linked(AuditEntry line, string previous, string link)
    {
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.PreviousHash))!.SetValue(line, previous);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Hash))!.SetValue(line, link);
        return line;
    }
}
