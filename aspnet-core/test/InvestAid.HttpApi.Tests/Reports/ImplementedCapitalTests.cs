using AwesomeAssertions;
using InvestAid.EnterpriseReports;
using InvestAid.EntityFrameworkCore;
using InvestAid.Finance;
using InvestAid.Projects;
using InvestAid.Reports;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.HttpApi.Reports;

/// <summary>Implemented capital in the monthly FDI summary, checked against a slow, obvious computation over the same data.</summary>
public sealed class ImplementedCapitalTests(IsolatedApiFactory factory) : IClassFixture<IsolatedApiFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DateOnly QuarterEnd(int year, int q) => new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1);

    /// <summary>
    /// Quarters ending by the cut-off; a project owes a report for a quarter when registered by its end and not terminated before its
    /// start, and the report is missing while the enterprise has none filed or accepted for it (a returned one does not count).
    /// </summary>
    private static (decimal Usd, decimal Vnd, int Expected, int Missing, int Quarters) Obvious(
        IReadOnlyList<Project> projects, IReadOnlyList<ImplementedCapitalReport> reports, IReadOnlyList<EnterpriseReport> filed, DateOnly cutoff)
    {
        decimal usd = 0, vnd = 0;
        int expected = 0, missing = 0, quarters = 0;
        for (var q = 1; q <= 4; q++)
        {
            var end = QuarterEnd(cutoff.Year, q);
            if (end > cutoff)
            {
                continue;
            }
            quarters++;
            var start = new DateOnly(cutoff.Year, q * 3 - 2, 1);
            foreach (var p in projects)
            {
                var report = reports.SingleOrDefault(r => r.ProjectId == p.Id && r.Year == cutoff.Year && r.Quarter == q);
                usd += report?.AmountUsd ?? 0m;
                vnd += report?.AmountVnd ?? 0m;
                var due = CapitalLedger.StateAsOf(p.CapitalEvents, end).IsRegistered
                          && CapitalLedger.StateAsOf(p.CapitalEvents, start.AddDays(-1)).TerminatedOn is null;
                if (due)
                {
                    expected++;
                    missing += filed.Any(r => r.ProjectId == p.Id && r.PeriodKind == ReportPeriodKind.Quarterly && r.Year == cutoff.Year && r.Quarter == q
                        && r.Status is EnterpriseReportStatus.Filed or EnterpriseReportStatus.Accepted) ? 0 : 1;
                }
            }
        }
        return (usd, vnd, expected, missing, quarters);
    }

    private static EnterpriseReport Filed(Guid projectId, int year, int quarter, EnterpriseReportStatus status)
    {
        var report = new EnterpriseReport(projectId, ReportPeriodKind.Quarterly, year, quarter, 1, "test", new Dictionary<string, decimal>(), null, null, "Doanh nghiệp", Now);
        if (status == EnterpriseReportStatus.Accepted)
        {
            report.Accept(null, "Cán bộ", null, Now);
        }
        else if (status == EnterpriseReportStatus.Returned)
        {
            report.Return(null, "Cán bộ", "Thiếu số liệu", Now);
        }
        return report;
    }

    [Fact]
    public async Task Implemented_capital_sums_the_complete_quarters_and_counts_missing_reports_like_the_obvious_computation()
    {
        await ReportData.ClearAsync(factory.Database);
        var random = new Random(8);
        var projects = new List<Project>();
        for (var i = 0; i < 24; i++)
        {
            var registered = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 3 * 365));
            var p = ReportData.Fdi(registered, random.Next(1, 50) * 1_000_000m);
            if (random.Next(4) == 0)
            {
                p.Record(CapitalEventType.Termination, registered.AddDays(random.Next(1, 500)), 0m);
            }
            projects.Add(p);
        }
        var reports = new List<ImplementedCapitalReport>();
        var filed = new List<EnterpriseReport>();
        foreach (var p in projects)
        {
            for (var year = 2023; year <= 2025; year++)
            {
                for (var q = 1; q <= 4; q++)
                {
                    if (random.Next(3) > 0)
                    {
                        var usd = random.Next(0, 2_000_000) + 0.25m;
                        reports.Add(new ImplementedCapitalReport(p.Id, year, q, usd, usd * 25_000m, QuarterEnd(year, q).AddDays(10), Now));
                    }
                    // The enterprise's own report of the quarter: none, filed (waiting), accepted or returned.
                    var kind = random.Next(4);
                    if (kind > 0)
                    {
                        filed.Add(Filed(p.Id, year, q, kind == 1 ? EnterpriseReportStatus.Filed : kind == 2 ? EnterpriseReportStatus.Accepted : EnterpriseReportStatus.Returned));
                    }
                }
            }
        }
        await ReportData.SaveAsync(factory.Database, projects);
        await using (var scope = factory.Database.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
            db.AddRange(reports);
            db.AddRange(filed);
            await db.SaveChangesAsync();
        }
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");

        foreach (var (month, day) in new (int, int?)[] { (2, null), (3, 30), (3, null), (5, null), (6, null), (9, 15), (12, null) })
        {
            var report = await client.GetJsonAsync<FdiMonthlyReportDto>($"/api/v1/reports/fdi-monthly?year=2025&month={month}" + (day is { } d ? $"&cutoffDay={d}" : ""));
            foreach (var (actual, cutoff) in new[] { (report.Figures.Implemented, report.Cutoff), (report.Figures.PreviousImplemented!, report.PreviousCutoff) })
            {
                var expected = Obvious(projects, reports, filed, cutoff);
                var because = $"cut-off {cutoff}";
                actual.ValueUsd.Should().Be(expected.Usd, because);
                actual.ValueVnd.Should().Be(expected.Vnd, because);
                actual.Quarters.Should().Be(expected.Quarters, because);
                actual.ExpectedReports.Should().Be(expected.Expected, because);
                actual.MissingReports.Should().Be(expected.Missing, because);
                actual.IsEstimate.Should().Be(expected.Missing > 0, because);
                actual.Through.Should().Be(expected.Quarters == 0 ? null : QuarterEnd(cutoff.Year, expected.Quarters), because);
            }
            var previous = report.Figures.PreviousImplemented!.ValueUsd;
            report.Figures.ChangePercent[FdiMonthlyReportService.ImplementedChangeKey].Should()
                .Be(previous == 0 ? null : Math.Round((report.Figures.Implemented.ValueUsd - previous) / previous * 100m, 2));
        }
    }

    [Fact]
    public async Task A_quarter_in_progress_is_left_out_and_complete_reports_are_not_an_estimate()
    {
        await ReportData.ClearAsync(factory.Database);
        var p = ReportData.Fdi(new DateOnly(2024, 12, 1), 10_000_000m);
        await ReportData.SaveAsync(factory.Database, [p]);
        await using (var scope = factory.Database.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
            db.AddRange(new ImplementedCapitalReport(p.Id, 2025, 1, 1_000_000m, 25_000_000_000m, new DateOnly(2025, 4, 8), Now),
                new ImplementedCapitalReport(p.Id, 2025, 2, 500_000m, 12_500_000_000m, new DateOnly(2025, 7, 8), Now));
            db.AddRange(Filed(p.Id, 2025, 1, EnterpriseReportStatus.Accepted), Filed(p.Id, 2025, 2, EnterpriseReportStatus.Accepted));
            await db.SaveChangesAsync();
        }
        var client = await factory.CreateClientAsAsync("viewer@investaid.local");

        var may = await client.GetJsonAsync<FdiMonthlyReportDto>("/api/v1/reports/fdi-monthly?year=2025&month=5");
        may.Figures.Implemented.ValueUsd.Should().Be(1_000_000m, "the second quarter is still in progress on 31 May");
        may.Figures.Implemented.IsEstimate.Should().BeFalse();
        may.Figures.Implemented.Through.Should().Be(new DateOnly(2025, 3, 31));
        var june = await client.GetJsonAsync<FdiMonthlyReportDto>("/api/v1/reports/fdi-monthly?year=2025&month=6");
        june.Figures.Implemented.ValueUsd.Should().Be(1_500_000m);
        june.Figures.PreviousImplemented!.MissingReports.Should().Be(0, "the project was registered in December 2024");
        var december = await client.GetJsonAsync<FdiMonthlyReportDto>("/api/v1/reports/fdi-monthly?year=2025&month=12");
        december.Figures.Implemented.IsEstimate.Should().BeTrue();
        december.Figures.Implemented.MissingReports.Should().Be(2);
        december.Figures.PreviousImplemented!.MissingReports.Should().Be(1, "the project owes the fourth quarter of 2024");
    }
}
