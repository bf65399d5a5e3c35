using System.Net;
using AwesomeAssertions;
using InvestAid.Dossiers;
using InvestAid.HttpApi.Dossiers;
using InvestAid.TestBase;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Legal;

/// <summary>
/// The approval chain of the 2026 FDI versions: the officer drafts the appraisal and submission, the head of division (approver) reviews,
/// the director signs the submission when the provincial Chairperson approves the policy, the competent leader decides; each level can
/// return with a comment; who signed, ký thay / ký thừa lệnh included, is recorded and printed on the decision.
/// </summary>
public sealed class ApprovalChainTests(ProcedureApiFactory factory)
{
    private static readonly object Deputy = new
    {
        mode = "KT", signerName = "Trần Văn Bình", signerTitle = "Phó Giám đốc", onBehalfOfName = "Nguyễn Thị Hoa", onBehalfOfTitle = "Giám đốc Sở Tài chính",
    };

    [Fact]
    public async Task A_policy_approval_goes_officer_head_of_division_director_Chairperson_with_returns_and_signing_on_behalf()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var approver = await factory.CreateClientAsAsync("approver@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Fdi("Nhà máy " + ProjectRequests.UniqueWord()) with
        {
            Fdi = new InvestAid.Projects.FdiDetailsDto(null, null, 50),
            RegisteredCapitalUsd = null,
            RegisteredCapitalVnd = null,
        });
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-irc-new", new DateOnly(2026, 4, 1),
            new { requiresPolicyApproval = true, companyRegistration = "before", capitalUsd = 5_000_000m });
        dossier.LegalBasis.Should().Contain("96/2026");

        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2026-04-01" });
        var sla = (await officer.DossierAsync(dossier.Id)).Sla!;
        sla.Parameter.Should().Be("policyApprovalProvincePeriod");
        sla.Limit.Should().Be(26);

        await officer.StepAsync(dossier.Id, "draft", "submit", "Dự thảo báo cáo thẩm định và tờ trình.");
        var review = await officer.OpenTaskAsync(dossier.Id, "review");
        review.CandidateGroups.Should().Equal("approver");
        (await officer.CompleteAsync(review.Id, "forward")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "only the head of division reviews");
        await approver.StepAsync(dossier.Id, "review", "return", "Bổ sung đánh giá công nghệ.");
        await officer.StepAsync(dossier.Id, "draft", "submit", "Đã bổ sung.");
        await approver.StepAsync(dossier.Id, "review", "forward", "Trình Giám đốc ký.");

        var sign = await leader.OpenTaskAsync(dossier.Id, "sign");
        var missing = await leader.CompleteAsync(sign.Id, "sign", "Ký.", new { signature = new { mode = "KT", signerName = "Trần Văn Bình" } });
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync(Ct)).Should().Contain("\"variables.signature.onBehalfOfName\"");
        await leader.StepAsync(dossier.Id, "sign", "sign", "Ký tờ trình.", new { signature = Deputy });

        await leader.StepAsync(dossier.Id, "decide", "approve", "Chấp thuận chủ trương.", new
        {
            decisionDate = "2026-04-20",
            signature = new { mode = "KT", signerName = "Lê Văn Cường", signerTitle = "Phó Chủ tịch", onBehalfOfName = "Phạm Minh Đức", onBehalfOfTitle = "Chủ tịch" },
        });

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        after.History.Should().Contain(h => h.ActivityId == "review" && h.Outcome == "return" && h.Comment == "Bổ sung đánh giá công nghệ.");
        after.History.Count(h => h.ActivityId == "draft" && h.Outcome == "submit").Should().Be(2);
        after.Signatures.Should().HaveCount(2);
        after.Signatures![0].Should().BeEquivalentTo(new SignatureDto("sign", "KT", "Trần Văn Bình", "Phó Giám đốc", "Nguyễn Thị Hoa", "Giám đốc Sở Tài chính",
            new DateOnly(2026, 4, 20)), o => o.Excluding(s => s.On));
        after.Signatures[1].Step.Should().Be("decide");
        after.Signatures[1].OnBehalfOfName.Should().Be("Phạm Minh Đức");

        var page = await (await officer.GetAsync($"/api/v1/dossiers/{dossier.Id}/decision-document", Ct)).Content.ReadAsStringAsync(Ct);
        page.Should().Contain("KT. CHỦ TỊCH").And.Contain("PHÓ CHỦ TỊCH").And.Contain("Lê Văn Cường").And.Contain("ký thay Phạm Minh Đức");
        page.Should().Contain("KT. Giám đốc Sở Tài chính – Phó Giám đốc Trần Văn Bình");
    }

    [Fact]
    public async Task Without_policy_approval_the_director_decides_after_the_review_and_can_return_it()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var approver = await factory.CreateClientAsAsync("approver@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Fdi("Nhà máy " + ProjectRequests.UniqueWord()));
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-capital-contribution", new DateOnly(2026, 3, 2),
            new { investorName = "Kim Holdings Co., Ltd.", countryCode = "KR", targetEnterprise = "Công ty CP " + ProjectRequests.UniqueWord(), valueUsd = 1_000_000m });
        dossier.LegalBasis.Should().Contain("143/2025");

        await officer.StepAsync(dossier.Id, "check", "complete");
        await officer.StepAsync(dossier.Id, "draft", "submit");
        await approver.StepAsync(dossier.Id, "review", "forward");
        (await officer.DossierAsync(dossier.Id)).Tasks.Should().NotContain(t => t.ElementId == "sign", "no policy approval: no submission to the province");
        await leader.StepAsync(dossier.Id, "decide", "return", "Làm rõ tỷ lệ sở hữu.");
        await officer.StepAsync(dossier.Id, "draft", "submit", "Đã làm rõ.");
        await approver.StepAsync(dossier.Id, "review", "forward");
        await leader.StepAsync(dossier.Id, "decide", "approve", "Đồng ý.", new { signature = new { signerName = "Nguyễn Thị Hoa", signerTitle = "Giám đốc" } });

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        after.Signatures.Should().ContainSingle().Which.Mode.Should().Be("direct");
    }
}
