using InvestAid.EntityFrameworkCore;
using InvestAid.Reports;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.Application.Reports;

/// <summary>
/// Property: for many seeded random ledgers, every figure of every breakdown that the SQL computes equals the slow,
/// obvious computation through <c>CapitalLedger</c>, for several (year, month, cut-off) periods.
/// </summary>
public sealed class FdiMonthlyFiguresPropertyTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 12));

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Sql_figures_equal_the_ledger_computed_project_by_project(int seed)
    {
        var ct = TestContext.Current.CancellationToken;
        var (projects, contributions) = RandomFdiProvince.Generate(seed, projects: 80 + seed * 10, contributions: 30 + seed * 3);
        await ReplaceDataAsync(projects, contributions, ct);

        var random = new Random(seed * 7919);
        var periods = new List<FdiReportPeriod>
        {
            FdiReportPeriod.Of(2024, 12),
            FdiReportPeriod.Of(2024, 2),
            FdiReportPeriod.Of(2025, 2, 28),
        };
        for (var i = 0; i < 4; i++)
        {
            var year = random.Next(2021, 2027);
            var month = random.Next(1, 13);
            periods.Add(FdiReportPeriod.Of(year, month, random.Next(1, DateTime.DaysInMonth(year, month) + 1)));
        }

        await using var scope = database.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<IFdiReportQueries>();
        var compared = 0;
        foreach (var period in periods)
        {
            foreach (var (from, to) in new[] { (period.From, period.Cutoff), (period.PreviousFrom, period.PreviousCutoff) })
            {
                // The whole report's single pass (totals and every breakdown at once) must give the same figures.
                var (totals, breakdowns) = await queries.AllFiguresAsync(from, to, null, ct);
                foreach (var dimension in Enum.GetValues<FdiDimension>())
                {
                    var expected = FdiReferenceFigures.Compute(projects, contributions, dimension, from, to);
                    var actual = (await queries.FiguresAsync(dimension, from, to, null, ct))
                        .Where(r => !FdiReferenceFigures.IsZero(r.Figures))
                        .ToDictionary(r => r.Code ?? "", r => r.Figures);
                    actual.Should().BeEquivalentTo(expected, $"seed {seed}, {dimension}, {from} → {to}");
                    IReadOnlyList<FdiBreakdownRow> onePass = dimension switch
                    {
                        FdiDimension.Total => [new FdiBreakdownRow(null, null, null, totals)],
                        FdiDimension.Country => breakdowns.ByCountry,
                        FdiDimension.Section => breakdowns.BySection,
                        FdiDimension.Commune => breakdowns.ByCommune,
                        _ => breakdowns.ByIndustrialZone,
                    };
                    onePass.Where(r => !FdiReferenceFigures.IsZero(r.Figures)).ToDictionary(r => r.Code ?? "", r => r.Figures)
                        .Should().BeEquivalentTo(expected, $"one pass: seed {seed}, {dimension}, {from} → {to}");
                    compared += expected.Count;
                }
            }
        }
        compared.Should().BeGreaterThan(50, "the random province must produce figures to compare");
    }

    private async Task ReplaceDataAsync(IReadOnlyList<Projects.Project> projects, IReadOnlyList<CapitalContributions.CapitalContribution> contributions, CancellationToken ct)
    {
        await using (var conn = new NpgsqlConnection(database.ConnectionString))
        {
            await conn.OpenAsync(ct);
            // TRUNCATE does not fire the ledger's row-level append-only trigger; tests own this database.
            await using var cmd = new NpgsqlCommand(
                "TRUNCATE capital_events, project_investors, project_status_changes, projects, capital_contributions, fdi_report_snapshots CASCADE", conn);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
        db.Projects.AddRange(projects);
        db.CapitalContributions.AddRange(contributions);
        await db.SaveChangesAsync(ct);
    }
}
