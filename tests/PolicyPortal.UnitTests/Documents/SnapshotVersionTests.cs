using PolicyPortal.Domain.Documents;

namespace PolicyPortal.UnitTests.Documents;

/// <summary>Snapshots published before version 2 stay readable and keep what they printed.</summary>
public class SnapshotVersionTests
{
    /// <summary>A standalone regulation as DocumentJson wrote it before versioning (no «version», «approval», «placement»).</summary>
    private const string VersionOneJson = """
        {
          "kind": "StandaloneRegulation",
          "requisites": {
            "founderLine": "Министерство образования Саратовской области",
            "institutionName": "ГАПОУ СО «БПТ»",
            "institutionShortName": "",
            "documentTypeName": "ПОРЯДОК",
            "date": "2025-10-13",
            "number": "422",
            "place": "г. Балаково",
            "title": "применения сервисов",
            "preamble": "",
            "signatoryPosition": "Директор",
            "signatoryName": "А.В. Ерохин",
            "executor": ""
          },
          "approvalMarks": [
            { "kind": "Approved", "body": "Советом ГАПОУ СФ «БПТ»", "protocolNumber": "7", "date": "2025-10-13" },
            { "kind": "Considered", "body": "Педагогическим советом", "protocolNumber": "10", "date": "2025-04-12" }
          ],
          "items": [],
          "appendices": [
            {
              "kind": "Regulation",
              "title": "порядок",
              "approvalMarks": [],
              "grifOverride": null,
              "sections": [ { "number": "1.", "title": "Общие положения", "clauses": [ { "number": "1.1.", "text": "Текст.", "items": [] } ] } ],
              "services": [],
              "roster": [],
              "prohibitedAsOf": null,
              "prohibitedServices": [],
              "text": ""
            }
          ],
          "acknowledgers": []
        }
        """;

    [Fact]
    public void Json_from_before_versioning_reads_as_version_one_with_what_it_printed()
    {
        var content = DocumentJson.Deserialize(VersionOneJson);

        Assert.Equal(1, content.Version);
        Assert.Equal(DocumentKind.StandaloneRegulation, content.Kind);
        Assert.Equal("422", content.Requisites.Number);
        Assert.Equal(new DateOnly(2025, 10, 13), content.Requisites.Date);
        Assert.Null(content.Approval);
        Assert.True(content.AcknowledgementBlock);
        Assert.Equal([MarkKind.Approved, MarkKind.Considered], content.ApprovalMarks.Select(m => m.Kind));
        Assert.All(content.ApprovalMarks, m => Assert.Equal(MarkPlacement.TopLeft, m.Placement));
        Assert.All(content.ApprovalMarks, m => Assert.Equal("", m.DateAsWritten));
        Assert.Equal("1.1.", content.Appendices[0].Sections[0].Clauses[0].Number);
    }

    [Fact]
    public void A_version_one_snapshot_stays_version_one_through_a_round_trip()
    {
        var again = DocumentJson.Clone(DocumentJson.Deserialize(VersionOneJson));

        Assert.Equal(1, again.Version);
        Assert.Equal("Советом ГАПОУ СФ «БПТ»", again.ApprovalMarks[0].Body);
    }

    [Fact]
    public void New_content_is_written_with_the_current_version_and_keeps_its_approval()
    {
        var content = new DocumentContent
        {
            Approval = new DocumentApproval { Form = ApprovalForm.ByOrder, OrderAuthority = "директора", OrderNumber = "422", OrderDateAsWritten = "13.10.2025г." },
            ApprovalMarks = [new ApprovalMark { Kind = MarkKind.ConsideredAndEndorsed, Placement = MarkPlacement.AfterText, DateAsWritten = "«12» апреля 2025 г." }],
        };

        var json = DocumentJson.Serialize(content);
        var read = DocumentJson.Deserialize(json);

        Assert.Contains($"\"version\": {DocumentContent.CurrentVersion}", json);
        Assert.Equal(DocumentContent.CurrentVersion, read.Version);
        Assert.Equal("422", read.Approval!.OrderNumber);
        Assert.Equal(ApprovalForm.ByOrder, read.Approval.Form);
        Assert.Equal(MarkKind.ConsideredAndEndorsed, read.ApprovalMarks[0].Kind);
        Assert.Equal(MarkPlacement.AfterText, read.ApprovalMarks[0].Placement);
        Assert.Equal("«12» апреля 2025 г.", read.ApprovalMarks[0].DateAsWritten);
    }
}
