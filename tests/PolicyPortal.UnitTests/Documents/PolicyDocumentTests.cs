using PolicyPortal.Domain;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.UnitTests.Documents;

public class PolicyDocumentTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Deputy = Guid.NewGuid();

    private static DocumentContent Content(string number = "44") => new()
    {
        Requisites = { Number = number, Date = new DateOnly(2025, 4, 25), Title = "О применении сервисов" },
        Acknowledgers = { PersonRef.Of("Рыбакова Анна Андреевна", "заместитель директора", Deputy) },
    };

    private static readonly PublicationCheck Check = new(new PublicationContext(new HashSet<string>(), []));

    [Fact]
    public void Published_document_refuses_any_change()
    {
        var document = PolicyDocument.CreateDraft(Content(), "director", Now);
        document.Publish(Check, "director", Now);

        Assert.Throws<DomainException>(() => document.UpdateDraft(Content("45"), "director", Now));
        Assert.Throws<DomainException>(() => document.Publish(Check, "director", Now));
        Assert.Equal("44", document.ReadContent().Requisites.Number);
    }

    [Fact]
    public void Publishing_freezes_a_snapshot_whose_hash_matches_its_bytes()
    {
        var document = PolicyDocument.CreateDraft(Content(), "director", Now);
        document.Publish(Check, "director", Now);

        Assert.Equal(DocumentStatus.Published, document.Status);
        Assert.Equal(DocumentJson.Sha256(document.SnapshotJson!), document.SnapshotHash);
        Assert.Equal(64, document.SnapshotHash!.Length);
    }

    [Fact]
    public void The_snapshot_hash_is_lowercase_hex_sha256_of_the_utf8_text()
    {
        // Computed outside the code: printf '%s' 'Приказ № 44 «Об утверждении Порядка»' | sha256sum
        Assert.Equal("7564c142a2d8e6ddf84303631b35b47f7ca9792c022fdc197a005efc82d1ee1d", DocumentJson.Sha256("Приказ № 44 «Об утверждении Порядка»"));
    }

    [Fact]
    public void Same_content_gives_the_same_hash()
    {
        var a = DocumentJson.Sha256(DocumentJson.Serialize(Content()));
        var b = DocumentJson.Sha256(DocumentJson.Serialize(DocumentJson.Clone(Content())));
        Assert.Equal(a, b);
        Assert.NotEqual(a, DocumentJson.Sha256(DocumentJson.Serialize(Content("45"))));
    }

    [Fact]
    public void Superseding_marks_the_earlier_document_and_links_the_newer()
    {
        var first = PolicyDocument.CreateDraft(Content(), "director", Now);
        first.Publish(Check, "director", Now);
        var second = PolicyDocument.CreateDraft(Content("45"), "director", Now, supersedes: first.Id);
        second.Publish(Check, "director", Now);

        first.SupersedeBy(second, Now);

        Assert.Equal(DocumentStatus.Superseded, first.Status);
        Assert.Equal(second.Id, first.SupersededById);
        Assert.Throws<DomainException>(() => first.SupersedeBy(second, Now));
    }

    [Fact]
    public void A_draft_cannot_supersede_anything()
    {
        var first = PolicyDocument.CreateDraft(Content(), "director", Now);
        first.Publish(Check, "director", Now);
        var draft = PolicyDocument.CreateDraft(Content("45"), "director", Now);

        Assert.Throws<DomainException>(() => first.SupersedeBy(draft, Now));
    }

    [Fact]
    public void Cyrillic_stays_readable_in_the_json()
    {
        var json = DocumentJson.Serialize(Content());
        Assert.Contains("О применении сервисов", json);
    }

    [Fact]
    public void A_draft_the_check_blocks_stays_a_draft_and_says_why()
    {
        var content = Content();
        content.Requisites.Date = null;
        var document = PolicyDocument.CreateDraft(content, "director", Now);

        var result = document.Publish(Check, "director", Now);

        Assert.False(result.CanPublish);
        Assert.Contains(result.Errors, e => e.PropertyName == "Requisites.Date");
        Assert.True(document.IsDraft);
        Assert.Null(document.SnapshotHash);
        Assert.Null(document.PublishedAt);
    }

    [Fact]
    public void A_number_already_used_that_year_blocks_publishing()
    {
        var document = PolicyDocument.CreateDraft(Content("44"), "director", Now);

        var result = document.Publish(new PublicationCheck(new PublicationContext(new HashSet<string> { "44" }, [])), "director", Now);

        Assert.False(result.CanPublish);
        Assert.True(document.IsDraft);
    }

    [Fact]
    public void A_draft_the_check_passes_is_published_with_its_warnings()
    {
        var document = PolicyDocument.CreateDraft(Content(), "director", Now);

        var result = document.Publish(Check, "director", Now);

        Assert.True(result.CanPublish);
        Assert.Equal(DocumentStatus.Published, document.Status);
        Assert.Equal(Now, document.PublishedAt);
    }
}
