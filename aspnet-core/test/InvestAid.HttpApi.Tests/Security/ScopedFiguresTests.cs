using System.Net;
using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.EntityFrameworkCore;
using InvestAid.Finance;
using InvestAid.HttpApi.Dossiers;
using InvestAid.HttpApi.Reports;
using InvestAid.Identity;
using InvestAid.Projects;
using InvestAid.Reports;
using InvestAid.TestBase;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Security;

/// <summary>
/// Figures follow the project scope (docs/security.md): an owner's reports and exports hold its own projects only, an agency's
/// the projects of the dossiers it was consulted on (which it may also open, read only); the department's donor disbursement rates,
/// which are not narrowed to projects, are not shown to them (the FDI summary, dashboard and contributions: ScopedProvinceFiguresTests).
/// </summary>
public sealed class ScopedFiguresTests(ProcedureApiFactory factory)
{
    private const int Year = 2027;

    [Fact]
    public async Task An_owner_sees_the_oda_report_and_the_iati_export_over_its_own_projects_only()
    {
        var owner = await factory.CreateClientAsAsync("owner@investaid.local");
        var me = await owner.GetJsonAsync<CurrentUserDto>("/api/account/me");
        var other = await InstanceAndTaskScopeTests.CreateOwnerAsync(factory);
        var (mine, theirs) = await SeedTwoOdaProjectsAsync(me.Id, other);
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");

        var ownersReport = await owner.GetJsonAsync<OdaReportDto>($"/api/v1/reports/oda?year={Year}");
        var officersReport = await officer.GetJsonAsync<OdaReportDto>($"/api/v1/reports/oda?year={Year}");
        var ownersIati = await (await owner.GetAsync($"/api/v1/export/iati?kind=oda&year={Year}", Ct)).Content.ReadAsStringAsync(Ct);
        var ownersExcel = await owner.GetAsync($"/api/v1/reports/oda/xlsx?year={Year}", Ct);

        ownersReport.ByProject.Select(r => r.Code).Should().Contain(mine.Code).And.NotContain(theirs.Code);
        ownersReport.Total.PlanVnd.Should().Be(ownersReport.ByProject.Sum(r => r.PlanVnd), "the totals add up the visible projects only");
        officersReport.ByProject.Select(r => r.Code).Should().Contain([mine.Code, theirs.Code]);
        ownersIati.Should().Contain(mine.Code).And.NotContain(theirs.Code);
        ownersExcel.StatusCode.Should().Be(HttpStatusCode.OK);
        (await owner.GetAsync("/api/v1/finance/disbursement-rates?year=2025", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_agency_reads_the_project_of_a_dossier_it_was_consulted_on_and_figures_of_no_other()
    {
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var project = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ tham vấn " + ProjectRequests.UniqueWord()));
        var unrelated = await officer.CreateProjectAsync(ProjectRequests.Ngo("Viện trợ khác " + ProjectRequests.UniqueWord()));
        var dossier = await officer.StartDossierOkAsync(project.Id, "ngo-aid-approval", new DateOnly(2025, 6, 2), new { agencies = new[] { "STC" } });
        await officer.StepAsync(dossier.Id, "check", "complete");
        var (mine, theirs) = await SeedTwoOdaProjectsAsync(null, null);
        var finance = await factory.CreateClientAsAsync("agency.finance@investaid.local");

        (await finance.GetAsync($"/api/v1/projects/{project.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await finance.GetAsync($"/api/v1/projects/{unrelated.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var list = await finance.GetJsonAsync<PagedResult<ProjectListItemDto>>("/api/v1/projects?pageSize=200");
        list.Items.Select(p => p.Id).Should().Contain(project.Id).And.NotContain(unrelated.Id);
        (await finance.PutAsync($"/api/v1/projects/{project.Id}", null, Ct)).StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.UnsupportedMediaType);
        var report = await finance.GetJsonAsync<OdaReportDto>($"/api/v1/reports/oda?year={Year}");
        report.ByProject.Select(r => r.Code).Should().NotContain([mine.Code, theirs.Code]);
        var contributions = await finance.GetJsonAsync<PagedResult<InvestAid.CapitalContributions.CapitalContributionDto>>("/api/v1/capital-contributions?pageSize=200");
        contributions.Items.Should().OnlyContain(c => c.ProjectId != null && c.ProjectId != unrelated.Id,
            "an agency sees only contributions linked to projects of dossiers it was consulted on");
    }

    private async Task<(Project Mine, Project Theirs)> SeedTwoOdaProjectsAsync(Guid? mineOwner, Guid? theirsOwner)
    {
        var now = DateTimeOffset.UtcNow;
        var mine = AidData.Oda("WB", ProjectKind.Oda, "USD", 1_000_000m, 0m);
        var theirs = AidData.Oda("ADB", ProjectKind.Oda, "USD", 2_000_000m, 0m);
        mine.AssignOwner(mineOwner, now);
        theirs.AssignOwner(theirsOwner, now);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
        db.Projects.AddRange(mine, theirs);
        db.AddRange(
            new CapitalPlanRevision(mine.Id, Year, 0, new DateOnly(Year, 1, 15), null, "USD", 400_000m, 40_000m, 10_000_000_000m, 1_000_000_000m, now, "test"),
            new CapitalPlanRevision(theirs.Id, Year, 0, new DateOnly(Year, 1, 15), null, "USD", 800_000m, 80_000m, 20_000_000_000m, 2_000_000_000m, now, "test"));
        await db.SaveChangesAsync(Ct);
        return (mine, theirs);
    }
}
