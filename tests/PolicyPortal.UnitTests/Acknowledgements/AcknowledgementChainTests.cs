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

    // Fixed vectors: the expected hashes were computed outside the code, with
    // printf '%s' "<the canonical lines joined by \n>" | sha256sum, from the format written in CanonicalString.
    // Any change to the canonical string (order, format, a new field) fails here, so old chains keep verifying.
    private const string DocumentHash = "16a0eeb0791b6c92451fd284dd9f599e0a7dbe7f6ebea6e2d2d06c7f74aec112";

    [Fact]
    public void An_electronic_row_with_known_fields_has_a_known_hash()
    {
        var row = KnownElectronic();

        Assert.Equal("76a218d63b0c444adf4bcd5a5597bbc4a05e49d61c9cf1912f2014607cb9133a", row.Hash);
    }

    [Fact]
    public void A_paper_row_with_known_fields_chained_to_a_known_row_has_a_known_hash()
    {
        var row = Acknowledgement.Paper(
            new Guid("11111111-1111-1111-1111-111111111111"), DocumentHash, new string('f', 64),
            new Guid("33333333-3333-3333-3333-333333333333"), new DateOnly(2025, 4, 25), new PaperDateWindow(new DateOnly(2025, 4, 25), new DateOnly(2025, 4, 28)), "0123456789abcdef0123456789abcdef.pdf",
            "director", At, KnownElectronic().Hash);

        Assert.Equal("0f8ed6b1161331e71d710ac557f353ac335f7750b85cc58f30f49478cce43445", row.Hash);
    }

    /// <summary>Signed at 10:30:15.1234567 Moscow time: the row keeps UTC to the millisecond, 07:30:15.123Z.</summary>
    private static Acknowledgement KnownElectronic() => Acknowledgement.Electronic(
        new Guid("11111111-1111-1111-1111-111111111111"), DocumentHash, null, new Guid("22222222-2222-2222-2222-222222222222"),
        "user-1", "ivanova@school.example", new DateTimeOffset(2025, 4, 28, 10, 30, 15, 123, TimeSpan.FromHours(3)).AddTicks(4567),
        "10.0.0.7", "Mozilla/5.0 (X11; Linux x86_64)", Acknowledgement.Genesis);

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
