using System.Net;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.HttpApi.Dossiers;
using InvestAid.HttpApi.Projects;
using InvestAid.Projects;
using InvestAid.Proposals;
using InvestAid.TestBase;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Validation;

/// <summary>A consulted agency changes project data only as a proposal, and only on the projects of the dossiers it was consulted on.</summary>
public sealed class AgencyProposalTests(ProcedureApiFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_agency_proposes_on_a_project_it_was_consulted_on_and_is_refused_on_any_other_with_nothing_saved()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ tham vấn " + ProjectRequests.UniqueWord()));
        var unrelated = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ khác " + ProjectRequests.UniqueWord()));
        var dossier = await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2), new { agencies = new[] { "STC" } });
        await officer.StepAsync(dossier.Id, "check", "complete");
        var finance = await factory.CreateClientAsAsync("agency.finance@investaid.local");

        var changes = ProjectRegistryTests.ToUpdate(project) with { Objectives = "Bổ sung theo ý kiến Sở Tài chính" };
        var proposed = await finance.PostJsonAsync($"/api/v1/projects/{project.Id}/proposals/project-data",
            new ProjectDataProposalRequest(changes, "Ý kiến tham gia của Sở Tài chính"));
        proposed.StatusCode.Should().Be(HttpStatusCode.Accepted, await proposed.Content.ReadAsStringAsync(Ct));
        var proposal = await proposed.ReadAsync<ProposalDto>();
        proposal.Changes.Should().ContainSingle().Which.Field.Should().Be("objectives");
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Objectives.Should().Be(project.Objectives, "it waits for an officer");
        (await finance.GetJsonAsync<PagedResult<ProposalDto>>($"/api/v1/proposals?projectId={project.Id}")).Items.Should().ContainSingle(p => p.Id == proposal.Id);

        var refused = await finance.PostJsonAsync($"/api/v1/projects/{unrelated.Id}/proposals/project-data",
            new ProjectDataProposalRequest(ProjectRegistryTests.ToUpdate(unrelated) with { Objectives = "Không được" }, "Thử"));
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await officer.GetJsonAsync<PagedResult<ProposalDto>>($"/api/v1/proposals?projectId={unrelated.Id}")).TotalCount.Should().Be(0, "nothing was saved");

        (await officer.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/accept", new AcceptProposalRequest())).EnsureSuccessStatusCode();
        (await officer.GetJsonAsync<ProjectDto>($"/api/v1/projects/{project.Id}")).Objectives.Should().Be("Bổ sung theo ý kiến Sở Tài chính");
    }
}
