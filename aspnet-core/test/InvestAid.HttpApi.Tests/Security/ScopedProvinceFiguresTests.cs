using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using InvestAid.CapitalContributions;
using InvestAid.Common;
using InvestAid.HttpApi.Dossiers;
using InvestAid.Identity;
using InvestAid.Projects;
using InvestAid.Reports;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static InvestAid.HttpApi.Dossiers.DossierApi;

namespace InvestAid.HttpApi.Security;

/// <summary>
/// The province's figures follow the figure scope (docs/security.md): the FDI monthly summary (also when the month is published),
/// the dashboard, the capital contributions (list, detail, Excel; a contribution counts through the project it is linked to) hold an
/// owner's own projects only and an agency's the projects of the dossiers it was consulted on; an officer sees every project.
/// </summary>
public sealed class ScopedProvinceFiguresTests(ProcedureApiFactory factory)
{
    // A year no other test registers FDI projects in, and commune codes of this test alone, to find exactly its rows.
    private const int Year = 2031;
    private const string Password = "Scoped-Owner-2026";

    [Fact]
    public async Task An_owner_and_an_agency_get_the_summary_dashboard_and_contributions_of_their_projects_an_officer_of_all()
    {
        var (ownerId, ownerEmail) = await CreateOwnerAsync();
        var mine = ReportData.Fdi(new DateOnly(Year, 3, 5), 4_000_000m, commune: Commune());
        var theirs = ReportData.Fdi(new DateOnly(Year, 4, 1), 9_000_000m, commune: Commune());
        var consulted = ReportData.Fdi(new DateOnly(Year, 2, 10), 2_500_000m, commune: Commune());
        mine.AssignOwner(ownerId, DateTimeOffset.UtcNow);
        var contribution = ReportData.Contribution(new DateOnly(Year, 5, 2), 700_000m);
        var toMine = ReportData.Contribution(new DateOnly(Year, 5, 3), 300_000m, commune: mine.CommuneCode, project: mine.Id);
        await ReportData.SaveAsync(factory.Database, [mine, theirs, consulted], [contribution, toMine]);
        var officer = await factory.CreateClientAsAsync("officer@investaid.local");
        var dossier = await officer.StartDossierOkAsync(consulted.Id, "ngo-aid-approval", new DateOnly(Year, 2, 12), new { agencies = new[] { "STC" } });
        await officer.StepAsync(dossier.Id, "check", "complete");
        (await officer.PostAsync($"/api/v1/reports/fdi-monthly/{Year}/6/publish", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);
        var owner = await SignInAsync(ownerEmail);
        var agency = await factory.CreateClientAsAsync("agency.finance@investaid.local");
        var summary = $"/api/v1/reports/fdi-monthly?year={Year}&month=6";

        var officers = await officer.GetJsonAsync<FdiMonthlyReportDto>(summary);
        var owners = await owner.GetJsonAsync<FdiMonthlyReportDto>(summary);
        var agencys = await agency.GetJsonAsync<FdiMonthlyReportDto>(summary);

        officers.Published.Should().NotBeNull("the officer reads the province's published month");
        Communes(officers).Should().Contain([mine.CommuneCode!, theirs.CommuneCode!, consulted.CommuneCode!]);
        officers.Figures.Current.ContributionCount.Should().BeGreaterThanOrEqualTo(1);

        owners.Published.Should().BeNull("a scoped reader gets its own projects' figures computed now, not the province's snapshot");
        owners.Figures.Current.NewProjects.Should().Be(1);
        owners.Figures.Current.NewCapitalUsd.Should().Be(4_000_000m);
        owners.Figures.Current.ValidProjects.Should().Be(1);
        owners.Figures.Current.ContributionCount.Should().Be(1, "only the contribution linked to the owner's project counts");
        owners.Figures.Current.ContributionValueUsd.Should().Be(300_000m);
        Communes(owners).Should().Equal(mine.CommuneCode);

        Communes(agencys).Should().Contain(consulted.CommuneCode!).And.NotContain([mine.CommuneCode!, theirs.CommuneCode!]);
        agencys.Figures.Current.ContributionCount.Should().Be(0);

        var ownersDashboard = await owner.GetJsonAsync<DashboardDto>($"/api/v1/dashboard?year={Year}");
        ownersDashboard.Kpis.NewFdiProjects.Should().Be(1);
        ownersDashboard.Kpis.NewFdiCapitalUsd.Should().Be(4_000_000m);
        ownersDashboard.Kpis.ValidFdiProjects.Should().Be(1);
        ownersDashboard.NewAndAddedByMonth[2].ThisYearUsd.Should().Be(4_000_000m);
        ownersDashboard.NewAndAddedByMonth[3].ThisYearUsd.Should().Be(0m, "another owner's April registration is not this owner's");
        (await officer.GetJsonAsync<DashboardDto>($"/api/v1/dashboard?year={Year}")).Kpis.NewFdiCapitalUsd.Should().BeGreaterThanOrEqualTo(15_500_000m);
        (await agency.GetJsonAsync<DashboardDto>($"/api/v1/dashboard?year={Year}")).NewAndAddedByMonth[3].ThisYearUsd.Should().Be(0m);

        var contributions = $"/api/v1/capital-contributions?from={Year}-01-01&to={Year}-12-31";
        (await officer.GetJsonAsync<PagedResult<CapitalContributionDto>>(contributions)).Items.Select(c => c.Id).Should().Contain(contribution.Id);
        (await owner.GetJsonAsync<PagedResult<CapitalContributionDto>>(contributions)).Items.Select(c => c.Id).Should().Equal(toMine.Id);
        (await agency.GetJsonAsync<PagedResult<CapitalContributionDto>>(contributions)).TotalCount.Should().Be(0);
        (await officer.GetAsync($"/api/v1/capital-contributions/{contribution.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await owner.GetAsync($"/api/v1/capital-contributions/{contribution.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ExcelRowsAsync(officer, contributions.Replace("contributions?", "contributions/xlsx?"))).Should().BeGreaterThanOrEqualTo(1);
        (await ExcelRowsAsync(owner, contributions.Replace("contributions?", "contributions/xlsx?"))).Should().Be(1);
        (await owner.GetAsync($"/api/v1/capital-contributions/{toMine.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await agency.GetAsync($"/api/v1/capital-contributions/{toMine.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await owner.GetAsync(summary.Replace("fdi-monthly?", "fdi-monthly/xlsx?"), Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static IEnumerable<string?> Communes(FdiMonthlyReportDto report) =>
        report.Figures.Breakdowns.ByCommune.Where(r => r.Code?.StartsWith("T9", StringComparison.Ordinal) == true).Select(r => r.Code);

    private static string Commune() => "T9" + Guid.NewGuid().ToString("N")[..6];

    private static async Task<int> ExcelRowsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Count();
    }

    private async Task<(Guid Id, string Email)> CreateOwnerAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser($"owner.figures.{Guid.NewGuid():N}@investaid.local", "Chủ dự án số liệu");
        (await users.CreateAsync(user, Password)).Succeeded.Should().BeTrue();
        (await users.AddToRoleAsync(user, RoleNames.Owner)).Succeeded.Should().BeTrue();
        return (user.Id, user.Email!);
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(email, Password), Ct);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<ApiFactory.TokenResponse>(Ct);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token!.AccessToken);
        return client;
    }
}
