using PolicyPortal.Domain.Acknowledgements;

namespace PolicyPortal.UnitTests.Acknowledgements;

public sealed class AcknowledgementChainTests
{
    private static readonly DateTimeOffset At = new(2025, 4, 28, 7, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void A_chain_of_rows_each_linking_to_the_previous_verifies()
    {
        var first = Electronic(Acknowledgement.Genesis);
        var second = Acknowledgement.Paper(Guid.NewGuid(), "hash", null, Guid.NewGuid(), new DateOnly(2025, 4, 28), new PaperDateWindow(new DateOnly(2025, 4, 25), new DateOnly(2025, 4, 28)), "a.pdf", "director", At, first.Hash);

        Assert.Null(AcknowledgementChain.Verify([first, second]));
        Assert.Equal(64, first.Hash.Length);
        Assert.NotEqual(first.Hash, second.Hash);
    }

    [Fact]
    public void A_missing_or_reordered_row_breaks_the_chain()
    {
        var first = Electronic(Acknowledgement.Genesis);
        var second = Electronic(first.Hash);
        var third = Electronic(second.Hash);

        Assert.NotNull(AcknowledgementChain.Verify([first, third]));
        Assert.NotNull(AcknowledgementChain.Verify([second, first, third]));
    }

    [Fact]
    public void The_hash_covers_every_field_and_time_is_kept_to_the_millisecond()
    {
        var row = Electronic(Acknowledgement.Genesis);
        Assert.Equal(row.Hash, row.ComputeHash());
        Assert.Contains("2025-04-28T07:30:15.123Z", row.CanonicalString());
        Assert.Contains("Mozilla/5.0", row.CanonicalString());
        Assert.Contains("10.0.0.7", row.CanonicalString());
    }

    [Theory]
    [InlineData("2025-04-25", "2025-05-02")] // Friday → next Friday
    [InlineData("2025-04-28", "2025-05-05")] // Monday → next Monday
    [InlineData("2025-04-26", "2025-05-02")] // Saturday → Friday
    public void The_deadline_is_five_working_days_after_publication(string published, string deadline) =>
        Assert.Equal(DateOnly.Parse(deadline), WorkingDays.Deadline(DateOnly.Parse(published)));

    [Fact]
    public void An_invitation_is_usable_once_for_seven_days_and_stores_only_the_token_hash()
    {
        var (invitation, token) = Invitation.Issue(Guid.NewGuid(), "user", "admin", At);
        Assert.Equal(Invitation.HashOf(token), invitation.TokenHash);
        Assert.DoesNotContain(token, invitation.TokenHash);
        Assert.True(invitation.IsUsable(At.AddDays(7).AddSeconds(-1)));
        Assert.False(invitation.IsUsable(At.AddDays(7)));
        invitation.MarkUsed(At.AddHours(1));
        Assert.False(invitation.IsUsable(At.AddHours(2)));
        Assert.Throws<PolicyPortal.Domain.DomainException>(() => invitation.MarkUsed(At.AddHours(2)));
    }

    private static Acknowledgement Electronic(string previous) => Acknowledgement.Electronic(
        Guid.NewGuid(), "snapshot-hash", "pdf-hash", Guid.NewGuid(), "user-1", "deputy@college.test",
        At.AddTicks(4567), "10.0.0.7", "Mozilla/5.0", previous);
}
