using PolicyPortal.Domain;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.UnitTests.Documents;

public class PolicyDocumentTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 25, 9, 0, 0, TimeSpan.Zero);

    private static DocumentContent Content(string number = "44") => new()
    {
        Requisites = { Number = number, Date = new DateOnly(2025, 4, 25), Title = "О применении сервисов" },
    };

    [Fact]
    public void Published_document_refuses_any_change()
    {
        var document = PolicyDocument.CreateDraft(Content(), "director", Now);
        document.Publish("director", Now);

        Assert.Throws<DomainException>(() => document.UpdateDraft(Content("45"), "director", Now));
        Assert.Throws<DomainException>(() => document.Publish("director", Now));
        Assert.Equal("44", document.ReadContent().Requisites.Number);
    }

    [Fact]
    public void Publishing_freezes_a_snapshot_whose_hash_matches_its_bytes()
    {
        var document = PolicyDocument.CreateDraft(Content(), "director", Now);
        document.Publish("director", Now);

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
        first.Publish("director", Now);
        var second = PolicyDocument.CreateDraft(Content("45"), "director", Now, supersedes: first.Id);
        second.Publish("director", Now);

        first.SupersedeBy(second, Now);

        Assert.Equal(DocumentStatus.Superseded, first.Status);
        Assert.Equal(second.Id, first.SupersededById);
        Assert.Throws<DomainException>(() => first.SupersedeBy(second, Now));
    }

    [Fact]
    public void A_draft_cannot_supersede_anything()
    {
        var first = PolicyDocument.CreateDraft(Content(), "director", Now);
        first.Publish("director", Now);
        var draft = PolicyDocument.CreateDraft(Content("45"), "director", Now);

        Assert.Throws<DomainException>(() => first.SupersedeBy(draft, Now));
    }

    [Fact]
    public void Cyrillic_stays_readable_in_the_json()
    {
        var json = DocumentJson.Serialize(Content());
        Assert.Contains("О применении сервисов", json);
    }
}
