using System.Net;
using AwesomeAssertions;
using InvestAid.Errors;
using InvestAid.Projects;
using InvestAid.Reports;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;

namespace InvestAid.HttpApi.Reports;

public sealed class DashboardTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    [Fact]
    public async Task Tiles_and_series_come_from_the_ledger_with_links_to_the_project_list()
    {
        await ReportData.ClearAsync(factory.Database);
        var a = ReportData.Fdi(new DateOnly(2024, 3, 5), 10_000_000m, "KR", "26");
        a.Record(CapitalEventType.Adjustment, new DateOnly(2024, 3, 20), 2_000_000m);
        await ReportData.SaveAsync(factory.Database,
            [a, ReportData.Fdi(new DateOnly(2024, 7, 1), 5_000_000m, "JP", "46"), ReportData.Fdi(new DateOnly(2023, 3, 1), 1_000_000m, "KR")]);
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");

        var dashboard = await client.GetJsonAsync<DashboardDto>("/api/v1/dashboard?year=2024");

        dashboard.AsOf.Should().Be(new DateOnly(2024, 12, 31));
        dashboard.Kpis.NewFdiProjects.Should().Be(2);
        dashboard.Kpis.NewFdiCapitalUsd.Should().Be(15_000_000m);
        dashboard.Kpis.ValidFdiProjects.Should().Be(3);
        dashboard.Kpis.ValidFdiCapitalUsd.Should().Be(18_000_000m);
        dashboard.Kpis.OdaDisbursementRate.Should().BeNull();
        dashboard.NewAndAddedByMonth.Should().HaveCount(12);
        dashboard.NewAndAddedByMonth[2].ThisYearUsd.Should().Be(12_000_000m);
        dashboard.NewAndAddedByMonth[2].LastYearUsd.Should().Be(1_000_000m);
        dashboard.NewAndAddedByMonth[2].Link.Should().Be("/projects?kind=Fdi&from=2024-03-01&to=2024-03-31");
        dashboard.ByCountry.Select(c => c.Code).Should().Equal("KR", "JP");
        dashboard.ByCountry[0].ValueUsd.Should().Be(12_000_000m);
        dashboard.ByCountry[0].Link.Should().Be("/projects?kind=Fdi&from=2024-01-01&to=2024-12-31&country=KR");
        dashboard.BySection.Select(s => s.Code).Should().Equal("C", "G");
        dashboard.OdaByDonor.Should().BeEmpty();
    }

    [Fact]
    public async Task The_oda_disbursement_rate_and_the_donor_series_come_from_the_oda_report_with_links()
    {
        await ReportData.ClearAsync(factory.Database);
        await AidData.SeedAsync(factory.Database);
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");

        var dashboard = await client.GetJsonAsync<DashboardDto>("/api/v1/dashboard?year=2025");

        dashboard.Kpis.OdaDisbursementRate.Should().Be(0.2875m, "43.7 of 152 billion VND of foreign capital planned; counterpart funds apart");
        dashboard.OdaByDonor.Select(d => d.Code).Should().Equal("WB", "KEXIM");
        var wb = dashboard.OdaByDonor[0];
        wb.PlanVnd.Should().Be(125_000_000_000m, "foreign capital only");
        wb.DisbursedUsd.Should().Be(1_200_000m);
        wb.DisbursementRate.Should().Be(0.2416m);
        wb.Link.Should().Be("/projects?kind=Oda&donor=WB");
        dashboard.OdaByDonor[1].Link.Should().Be("/projects?kind=ConcessionalLoan&donor=KEXIM");
        (await client.GetJsonAsync<DashboardDto>("/api/v1/dashboard?year=2023")).Kpis.OdaDisbursementRate.Should().BeNull();
    }

    [Fact]
    public async Task A_bad_year_answers_400()
    {
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");
        (await (await client.GetAsync("/api/v1/dashboard?year=1850")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed))
            .GetProperty("errors").TryGetProperty("year", out _).Should().BeTrue();
    }
}
