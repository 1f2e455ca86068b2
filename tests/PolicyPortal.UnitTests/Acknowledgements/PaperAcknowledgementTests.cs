using PolicyPortal.Domain;
using PolicyPortal.Domain.Acknowledgements;

namespace PolicyPortal.UnitTests.Acknowledgements;

public sealed class PaperAcknowledgementTests
{
    private static readonly PaperDateWindow Window = new(new DateOnly(2025, 4, 25), new DateOnly(2025, 4, 30));

    [Theory]
    [InlineData("2025-04-25", true)]
    [InlineData("2025-04-28", true)]
    [InlineData("2025-04-30", true)]
    [InlineData("2025-04-24", false)]
    [InlineData("2025-05-01", false)]
    public void A_paper_date_lies_between_publication_and_today(string date, bool accepted) =>
        Assert.Equal(accepted, Window.Accepts(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_paper_acknowledgement_dated_before_publication_is_refused()
    {
        Assert.Throws<DomainException>(() => Acknowledgement.Paper(
            Guid.NewGuid(), "hash", null, Guid.NewGuid(), new DateOnly(2025, 4, 24), Window, null, "director", DateTimeOffset.UtcNow, Acknowledgement.Genesis));
    }
}
