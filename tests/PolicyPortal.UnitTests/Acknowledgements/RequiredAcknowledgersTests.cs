using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.UnitTests.Acknowledgements;

public sealed class RequiredAcknowledgersTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Deputy = Guid.NewGuid();
    private static readonly Guid Teacher = Guid.NewGuid();

    private static PolicyDocument Draft() => PolicyDocument.CreateDraft(new DocumentContent
    {
        Requisites = { Number = "44", Date = new DateOnly(2025, 4, 25), Title = "О применении сервисов" },
        Acknowledgers =
        {
            PersonRef.Of("Рыбакова Анна Андреевна", "заместитель директора", Deputy),
            PersonRef.Of("Иванов Иван Иванович", "преподаватель", Teacher),
            PersonRef.Of("Рыбакова А.А.", "заместитель директора", Deputy),
            PersonRef.Of("Петров Пётр", "вахтёр"),
        },
    }, "director", Now);

    [Fact]
    public void A_published_version_is_signed_by_each_directory_person_of_its_list_once()
    {
        var document = Draft();
        document.Publish(new PublicationCheck(new PublicationContext(new HashSet<string>(), [])), "director", Now);

        Assert.Equal([Deputy, Teacher], RequiredAcknowledgers.Of(document).Select(p => p.PersonId!.Value));
        Assert.True(RequiredAcknowledgers.Includes(document, Teacher));
        Assert.False(RequiredAcknowledgers.Includes(document, Guid.NewGuid()));
    }

    [Fact]
    public void A_draft_asks_no_one_to_sign() => Assert.Empty(RequiredAcknowledgers.Of(Draft()));
}
