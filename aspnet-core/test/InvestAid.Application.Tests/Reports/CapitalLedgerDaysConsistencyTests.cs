using InvestAid.EntityFrameworkCore;
using InvestAid.EntityFrameworkCore.Reports;
using InvestAid.Projects;
using InvestAid.TestBase;
using InvestAid.TestBase.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.Application.Reports;

/// <summary>
/// <c>capital_ledger_days</c> is derived by the database from the ledger; for random ledgers (corrections recorded out
/// of date order) it must equal, row for row, the obvious day-by-day computation through <c>CapitalLedger</c> — after
/// the EF insert of whole projects, after the same entries appended one statement at a time in a shuffled order
/// (corrections before or after what they correct), and after a full rebuild; TRUNCATE of the ledger empties it.
/// </summary>
public sealed class CapitalLedgerDaysConsistencyTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly DateOnly Open = new(9999, 12, 31);

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 6));

    private sealed record Row(Guid ProjectId, DateOnly Day, DateOnly Until, int NewCount, decimal NewUsd, int AdjustmentCount,
        int IncreaseCount, decimal IncreaseUsd, int DecreaseCount, decimal DecreaseUsd, bool Terminates, bool Registered,
        bool Terminated, decimal CapitalUsd);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Derived_days_equal_the_ledger_recomputed_day_by_day(int seed)
    {
        var ct = TestContext.Current.CancellationToken;
        var (projects, _) = RandomFdiProvince.Generate(seed + 100, projects: 60 + seed * 15, contributions: 0);
        var expected = Expected(projects);
        expected.Should().Contain(r => r.Terminates).And.Contain(r => r.DecreaseCount > 0).And.Contain(r => !r.Registered || r.Terminated);
        projects.SelectMany(p => p.CapitalEvents).Should().Contain(e => e.CorrectsEventId != null);

        await ExecAsync("TRUNCATE capital_events, project_investors, project_status_changes, projects, capital_contributions, fdi_report_snapshots CASCADE", ct);
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
            db.Projects.AddRange(projects);
            await db.SaveChangesAsync(ct);
        }
        (await ActualAsync(ct)).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), "after the EF insert");

        // The same entries again, one INSERT each, in a random order: every statement recomputes the touched project.
        await ExecAsync("DROP TABLE IF EXISTS saved_events; CREATE TABLE saved_events AS SELECT * FROM capital_events; TRUNCATE capital_events", ct);
        (await ActualAsync(ct)).Should().BeEmpty("TRUNCATE of the ledger empties what is derived from it");
        var ids = projects.SelectMany(p => p.CapitalEvents).Select(e => e.Id).ToArray();
        new Random(seed).Shuffle(ids);
        await using (var conn = new NpgsqlConnection(database.ConnectionString))
        {
            await conn.OpenAsync(ct);
            foreach (var id in ids)
            {
                await using var cmd = new NpgsqlCommand("INSERT INTO capital_events SELECT * FROM saved_events WHERE id = @id", conn);
                cmd.Parameters.AddWithValue("id", id);
                (await cmd.ExecuteNonQueryAsync(ct)).Should().Be(1);
            }
        }
        (await ActualAsync(ct)).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), "after appending entry by entry in a shuffled order");

        await ExecAsync($"DROP TABLE saved_events; DELETE FROM capital_ledger_days; {CapitalLedgerDaysSql.RebuildAll}", ct);
        (await ActualAsync(ct)).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), "after a rebuild from the ledger");
    }

    /// <summary>Every day with an entry in force, its movements and the project's state at its end, by <c>CapitalLedger</c>.</summary>
    private static List<Row> Expected(IEnumerable<Project> projects)
    {
        var rows = new List<Row>();
        foreach (var p in projects)
        {
            var inForce = CapitalLedger.Effective(p.CapitalEvents).ToList();
            var days = inForce.Select(e => e.EffectiveDate).Distinct().Order().ToList();
            var firstTermination = inForce.Where(e => e.Type == CapitalEventType.Termination).Select(e => (DateOnly?)e.EffectiveDate).Min();
            for (var i = 0; i < days.Count; i++)
            {
                var on = inForce.Where(e => e.EffectiveDate == days[i]).ToList();
                var adjustments = on.Where(e => e.Type == CapitalEventType.Adjustment).ToList();
                var state = CapitalLedger.StateAsOf(p.CapitalEvents, days[i]);
                rows.Add(new Row(p.Id, days[i], i + 1 < days.Count ? days[i + 1] : Open,
                    on.Count(e => e.Type == CapitalEventType.NewRegistration),
                    on.Where(e => e.Type == CapitalEventType.NewRegistration).Sum(e => e.CapitalChangeUsd),
                    adjustments.Count,
                    adjustments.Count(e => e.CapitalChangeUsd > 0), adjustments.Where(e => e.CapitalChangeUsd > 0).Sum(e => e.CapitalChangeUsd),
                    adjustments.Count(e => e.CapitalChangeUsd < 0), -adjustments.Where(e => e.CapitalChangeUsd < 0).Sum(e => e.CapitalChangeUsd),
                    firstTermination == days[i], state.IsRegistered, state.TerminatedOn is not null, state.RegisteredCapitalUsd));
            }
        }
        return rows.OrderBy(r => r.ProjectId).ThenBy(r => r.Day).ToList();
    }

    private async Task<List<Row>> ActualAsync(CancellationToken ct)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InvestAidDbContext>();
        var days = await db.CapitalLedgerDays.AsNoTracking().ToListAsync(ct);
        return days.OrderBy(d => d.ProjectId).ThenBy(d => d.Day).Select(d => new Row(d.ProjectId, d.Day, d.Until, d.NewCount, d.NewUsd, d.AdjustmentCount, d.IncreaseCount, d.IncreaseUsd,
            d.DecreaseCount, d.DecreaseUsd, d.Terminates, d.Registered, d.Terminated, d.CapitalUsd)).ToList();
    }

    private async Task ExecAsync(string sql, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
