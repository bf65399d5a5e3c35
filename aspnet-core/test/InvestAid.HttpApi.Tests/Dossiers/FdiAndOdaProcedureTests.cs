using System.Net;
using AwesomeAssertions;
using InvestAid.CapitalContributions;
using InvestAid.Dossiers;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.Workflows;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Dossiers;

/// <summary>The FDI and ODA procedures: registry writes in the workflow command's transaction; three-step ODA approval.</summary>
public sealed class FdiAndOdaProcedureTests(ProcedureApiFactory factory)
{
    private static CreateProjectRequest NewFdi() => ProjectRequests.Fdi("Nhà máy " + ProjectRequests.UniqueWord()) with
    {
        Fdi = new FdiDetailsDto(null, null, 50),
        RegisteredCapitalUsd = null,
        RegisteredCapitalVnd = null,
    };

    [Fact]
    public async Task Approving_a_new_IRC_issues_a_certificate_number_and_records_the_new_registration()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var project = await officer.CreateProjectAsync(NewFdi());
        project.Status.Should().Be(ProjectStatus.Draft);
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-irc-new", new DateOnly(2025, 10, 1),
            new { capitalUsd = 12_500_000m, capitalVnd = 312_500_000_000m });
        dossier.ProcedureVersion.Should().Be(2, "Decree 239/2025 is in force from 3 Sep 2025");

        await officer.StepAsync(dossier.Id, "check", "complete", variables: new { dossierCompleteOn = "2025-10-01" });
        (await officer.DossierAsync(dossier.Id)).Sla!.Limit.Should().Be(10);
        await leader.StepAsync(dossier.Id, "decide", "approve", "Đồng ý cấp", new { decisionDate = "2025-10-08" });

        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        after.DecisionNumber.Should().MatchRegex("^[0-9]{10}$");
        var registered = await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}");
        registered.Status.Should().Be(ProjectStatus.Active);
        registered.RegisteredCapitalUsd.Should().Be(12_500_000m);
        registered.Fdi!.IrcNumber.Should().Be(after.DecisionNumber);
        var entry = registered.CapitalEvents.Should().ContainSingle().Subject;
        entry.Type.Should().Be(CapitalEventType.NewRegistration);
        entry.EffectiveDate.Should().Be(new DateOnly(2025, 10, 8));
        entry.CertificateNumber.Should().Be(after.DecisionNumber);
    }

    [Fact]
    public async Task The_2020_law_version_applies_to_a_dossier_received_before_3_September_2025()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(NewFdi());
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-irc-new", new DateOnly(2025, 9, 2));
        dossier.ProcedureVersion.Should().Be(1);
        dossier.LegalBasis.Should().Contain("61/2020");
    }

    [Fact]
    public async Task A_failure_after_the_handler_wrote_to_the_registry_rolls_back_registry_and_workflow_together()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var key = "fdi-rollback-" + Guid.NewGuid().ToString("N")[..8];
        // The shipped model with one more service task after the certificate: it moves the instance on from another
        // connection, so the command's save meets a version conflict after the registry rows were written.
        var xml = InvestAid.Procedures.ShippedProcedure.All().Single(p => p.ResourceName.EndsWith("fdi-irc-new.v2.bpmn", StringComparison.Ordinal)).Xml
            .Replace("id=\"fdi-irc-new\"", $"id=\"{key}\"")
            .Replace("<bpmn:sequenceFlow id=\"Flow_approve_notifyApproved\" sourceRef=\"approve\" targetRef=\"notifyApproved\" />",
                "<bpmn:serviceTask id=\"interfere\" camunda:topic=\"test.concurrent-write\" />"
                + "<bpmn:sequenceFlow id=\"Flow_approve_interfere\" sourceRef=\"approve\" targetRef=\"interfere\" />"
                + "<bpmn:sequenceFlow id=\"Flow_interfere_notifyApproved\" sourceRef=\"interfere\" targetRef=\"notifyApproved\" />");
        var upload = await officer.PostAsync("/api/v1/workflow-definitions", new StringContent(xml, System.Text.Encoding.UTF8, "text/xml"), Ct);
        upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync(Ct));
        (await officer.PostAsync($"/api/v1/workflow-definitions/{key}/publish", null, Ct)).EnsureSuccessStatusCode();

        var project = await officer.CreateProjectAsync(NewFdi());
        var dossier = await officer.StartDossierOkAsync(project.Id, key, new DateOnly(2025, 10, 1), new { capitalUsd = 1_000_000m });
        await officer.StepAsync(dossier.Id, "check", "complete");
        var decide = await leader.OpenTaskAsync(dossier.Id, "decide");

        var failed = await leader.CompleteAsync(decide.Id, "approve", "Đồng ý");
        failed.StatusCode.Should().Be(HttpStatusCode.Conflict, await failed.Content.ReadAsStringAsync(Ct));

        var project2 = await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}");
        project2.CapitalEvents.Should().BeEmpty("the capital event was written in the failed transaction");
        project2.Status.Should().Be(ProjectStatus.Draft);
        var after = await officer.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.InProgress);
        after.Tasks.Should().ContainSingle(t => t.ElementId == "decide" && t.Status == "Open");
        after.Tasks.Single(t => t.ElementId == "decide").Id.Should().Be(decide.Id);
    }

    [Fact]
    public async Task The_capital_contribution_procedure_writes_the_notice()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var project = await officer.CreateProjectAsync(NewFdi());
        var target = "Công ty CP " + ProjectRequests.UniqueWord();
        var dossier = await officer.StartDossierOkAsync(project.Id, "fdi-capital-contribution", new DateOnly(2025, 11, 3),
            new { investorName = "Kim Holdings Co., Ltd.", countryCode = "KR", targetEnterprise = target, valueUsd = 2_000_000m });
        await officer.StepAsync(dossier.Id, "check", "complete");
        await leader.StepAsync(dossier.Id, "decide", "approve", "Đồng ý", new { decisionDate = "2025-11-10" });

        (await officer.DossierAsync(dossier.Id)).Status.Should().Be(DossierStatus.Approved);
        var notices = await officer.GetJsonAsync<InvestAid.Common.PagedResult<CapitalContributionDto>>("/api/v1/capital-contributions?pageSize=200");
        var notice = notices.Items.Should().ContainSingle(c => c.TargetEnterprise == target).Subject;
        notice.ValueUsd.Should().Be(2_000_000m);
        notice.Date.Should().Be(new DateOnly(2025, 11, 10));
    }

    [Fact]
    public async Task An_ODA_proposal_goes_owner_then_officer_then_leader()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        var leader = await factory.CreateClientAsAsync("leader@investaid.local");
        var me = await owner.GetJsonAsync<InvestAid.Identity.CurrentUserDto>("/api/account/me");
        var project = await officer.CreateProjectAsync(ProjectRequests.Oda("Dự án ODA " + ProjectRequests.UniqueWord()) with { OwnerUserId = me.Id });
        var dossier = await officer.StartDossierOkAsync(project.Id, "oda-proposal", new DateOnly(2025, 3, 3));

        var prepare = await officer.OpenTaskAsync(dossier.Id, "prepare");
        (await officer.CompleteAsync(prepare.Id, null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        // The task is offered to the owner group, but only this project's owner may take it.
        var otherOwner = await CreateOwnerAsync();
        (await otherOwner.CompleteAsync(prepare.Id, null, "Không phải dự án của tôi.")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await otherOwner.PostAsync($"/api/v1/tasks/{prepare.Id}/claim", null, TestContext.Current.CancellationToken))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await owner.StepAsync(dossier.Id, "prepare", null, "Đã lập đề xuất.");
        await officer.StepAsync(dossier.Id, "appraise", "pass", "Đạt.");
        await leader.StepAsync(dossier.Id, "decide", "approve", "Phê duyệt.", new { decisionNumber = "77/QĐ-UBND" });

        var after = await owner.DossierAsync(dossier.Id);
        after.Status.Should().Be(DossierStatus.Approved);
        after.History.Where(h => h.TaskId != null).Select(h => h.Actor).Should().Equal(
            "owner@investaid.local", "officer@investaid.local", "leader@investaid.local");
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Status.Should().Be(ProjectStatus.Approved);
    }

    private async Task<HttpClient> CreateOwnerAsync()
    {
        var email = $"owner.{Guid.NewGuid():N}"[..20] + "@investaid.local";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<InvestAid.Identity.AppUser>>();
        var user = new InvestAid.Identity.AppUser(email, "Chủ dự án khác") { EmailConfirmed = true };
        (await users.CreateAsync(user, InvestAid.Identity.DemoUsers.Password())).Succeeded.Should().BeTrue();
        await users.AddToRoleAsync(user, InvestAid.Identity.RoleNames.Owner);
        return await factory.CreateClientAsAsync(email);
    }
}
