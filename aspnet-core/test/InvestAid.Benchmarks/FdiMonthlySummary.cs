using System.Diagnostics;
using System.Globalization;
using InvestAid.EntityFrameworkCore;
using InvestAid.EntityFrameworkCore.Reports;
using InvestAid.Reports;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.Benchmarks;

/// <summary>
/// The monthly FDI summary query over a large ledger: N capital events (default 300,000) written with COPY for
/// N/10 projects (registrations 2015–2025, adjustments up and down, 10 % terminated, corrections) and 20,000
/// contributions (the COPY fires the ledger's statement trigger, which derives capital_ledger_days for every project);
/// then the totals query as the API runs it (FdiReportQueries, through EF's connection, reading capital_ledger_days)
/// beside ONE hand-written SQL statement computing the same totals from the raw ledger (capital_events, corrections
/// anti-joined), and the previous implementation (one statement over the raw ledger), median of 15 runs each, and the
/// whole report (totals and four breakdowns in one pass, previous year's totals, implemented capital). Prints numbers
/// and whether all 13 totals agree, asserts nothing.
/// Run: INVESTAID_BENCH_PG="Host=...;Username=...;Password=..." dotnet run -c Release -- fdi-monthly [events]
/// </summary>
public static class FdiMonthlySummary
{
    private const string HandWritten = """
        WITH live AS (
          SELECT e.project_id, e.type, e.effective_date AS d, e.capital_change_usd AS usd
          FROM capital_events e
          WHERE e.effective_date <= @to AND NOT EXISTS (SELECT 1 FROM capital_events x WHERE x.corrects_event_id IS NOT NULL AND x.corrects_event_id = e.id)
        ), per_project AS (
          SELECT project_id, bool_or(type = 'NewRegistration') AS reg, min(d) FILTER (WHERE type = 'Termination') AS term, sum(usd) AS cap,
                 count(*) FILTER (WHERE type = 'NewRegistration' AND d >= @from) AS new_n,
                 sum(usd) FILTER (WHERE type = 'NewRegistration' AND d >= @from) AS new_usd,
                 count(*) FILTER (WHERE type = 'Adjustment' AND d >= @from) AS adj_n,
                 count(*) FILTER (WHERE type = 'Adjustment' AND d >= @from AND usd > 0) AS inc_n,
                 sum(usd) FILTER (WHERE type = 'Adjustment' AND d >= @from AND usd > 0) AS inc_usd,
                 count(*) FILTER (WHERE type = 'Adjustment' AND d >= @from AND usd < 0) AS dec_n,
                 sum(-usd) FILTER (WHERE type = 'Adjustment' AND d >= @from AND usd < 0) AS dec_usd
          FROM live GROUP BY project_id
        )
        SELECT sum(new_n), sum(new_usd), count(*) FILTER (WHERE adj_n > 0), sum(inc_n), sum(inc_usd), sum(dec_n), sum(dec_usd),
               (SELECT count(*) FROM capital_contributions c WHERE c.date BETWEEN @from AND @to),
               (SELECT sum(value_usd) FROM capital_contributions c WHERE c.date BETWEEN @from AND @to),
               count(*) FILTER (WHERE term >= @from),
               sum((SELECT sum(t.capital_change_usd) FROM capital_events t WHERE t.project_id = pp.project_id AND t.effective_date <= pp.term
                    AND NOT EXISTS (SELECT 1 FROM capital_events x WHERE x.corrects_event_id IS NOT NULL AND x.corrects_event_id = t.id))) FILTER (WHERE term >= @from),
               count(*) FILTER (WHERE reg AND term IS NULL), sum(cap) FILTER (WHERE reg AND term IS NULL)
        FROM per_project pp
        """;

    /// <summary>The totals statement the API ran before capital_ledger_days: grouping the raw ledger per project on each call.</summary>
    private const string PreviousImplementation = """
        WITH per_project AS (
          SELECT e.project_id,
                 bool_or(e.type = 'NewRegistration') AS registered,
                 min(e.effective_date) FILTER (WHERE e.type = 'Termination') AS terminated_on,
                 sum(e.capital_change_usd) AS capital,
                 count(*) FILTER (WHERE e.type = 'NewRegistration' AND e.effective_date >= @from) AS new_n,
                 coalesce(sum(e.capital_change_usd) FILTER (WHERE e.type = 'NewRegistration' AND e.effective_date >= @from), 0) AS new_usd,
                 count(*) FILTER (WHERE e.type = 'Adjustment' AND e.effective_date >= @from) AS adj_n,
                 count(*) FILTER (WHERE e.type = 'Adjustment' AND e.effective_date >= @from AND e.capital_change_usd > 0) AS inc_n,
                 coalesce(sum(e.capital_change_usd) FILTER (WHERE e.type = 'Adjustment' AND e.effective_date >= @from AND e.capital_change_usd > 0), 0) AS inc_usd,
                 count(*) FILTER (WHERE e.type = 'Adjustment' AND e.effective_date >= @from AND e.capital_change_usd < 0) AS dec_n,
                 coalesce(-sum(e.capital_change_usd) FILTER (WHERE e.type = 'Adjustment' AND e.effective_date >= @from AND e.capital_change_usd < 0), 0) AS dec_usd
          FROM capital_events e
          WHERE e.effective_date <= @to
            AND NOT EXISTS (SELECT 1 FROM capital_events x WHERE x.corrects_event_id IS NOT NULL AND x.corrects_event_id = e.id)
          GROUP BY e.project_id
        ),
        ledger AS (
          SELECT '' AS key,
                 sum(pp.new_n)::int AS new_n, sum(pp.new_usd) AS new_usd, (count(*) FILTER (WHERE pp.adj_n > 0))::int AS adjusted,
                 sum(pp.inc_n)::int AS inc_n, sum(pp.inc_usd) AS inc_usd, sum(pp.dec_n)::int AS dec_n, sum(pp.dec_usd) AS dec_usd,
                 (count(*) FILTER (WHERE pp.terminated_on >= @from))::int AS term_n,
                 coalesce(sum((SELECT sum(t.capital_change_usd) FROM capital_events t
                               WHERE t.project_id = pp.project_id AND t.effective_date <= pp.terminated_on
                                 AND NOT EXISTS (SELECT 1 FROM capital_events x WHERE x.corrects_event_id IS NOT NULL AND x.corrects_event_id = t.id)))
                              FILTER (WHERE pp.terminated_on >= @from), 0) AS term_usd,
                 (count(*) FILTER (WHERE pp.registered AND pp.terminated_on IS NULL))::int AS valid_n,
                 coalesce(sum(pp.capital) FILTER (WHERE pp.registered AND pp.terminated_on IS NULL), 0) AS valid_usd
          FROM per_project pp
          JOIN projects p ON p.id = pp.project_id
          GROUP BY 1
        ),
        contributions AS (
          SELECT '' AS key, count(*)::int AS n, sum(c.value_usd) AS usd FROM capital_contributions c WHERE c.date BETWEEN @from AND @to GROUP BY 1
        )
        SELECT coalesce(l.key, c.key), coalesce(l.new_n, 0), coalesce(l.new_usd, 0), coalesce(l.adjusted, 0), coalesce(l.inc_n, 0),
               coalesce(l.inc_usd, 0), coalesce(l.dec_n, 0), coalesce(l.dec_usd, 0), coalesce(c.n, 0), coalesce(c.usd, 0),
               coalesce(l.term_n, 0), coalesce(l.term_usd, 0), coalesce(l.valid_n, 0), coalesce(l.valid_usd, 0)
        FROM ledger l FULL JOIN contributions c ON c.key = l.key
        """;

    public static async Task RunAsync(string[] args)
    {
        var server = Environment.GetEnvironmentVariable("INVESTAID_BENCH_PG")
            ?? throw new InvalidOperationException("Set INVESTAID_BENCH_PG to a PostgreSQL connection string without a database.");
        var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300_000;
        var name = $"bench_fdi_{Guid.NewGuid():N}"[..20];
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await ExecAsync(admin, $"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        try
        {
            var options = new DbContextOptionsBuilder<InvestAidDbContext>();
            options.UseInvestAidPostgres(cs);
            await using (var db = new InvestAidDbContext(options.Options))
            {
                await db.Database.MigrateAsync();
            }
            var load = Stopwatch.StartNew();
            await LoadAsync(cs, events);
            foreach (var table in new[] { "capital_events", "capital_ledger_days", "projects", "capital_contributions", "project_investors" })
            {
                await ExecAsync(cs, $"VACUUM ANALYZE {table}");
            }
            Console.WriteLine($"PostgreSQL {name}: {events:N0} capital events, {events / 10:N0} projects loaded with COPY in {load.Elapsed.TotalSeconds:F1} s " +
                              $"({await ScalarAsync(cs, "SELECT count(*) FROM capital_ledger_days"):N0} capital_ledger_days rows derived by the trigger); {Environment.ProcessorCount} cores");

            var period = FdiReportPeriod.Of(2025, 6);
            await using var context = new InvestAidDbContext(options.Options);
            var queries = new FdiReportQueries(context);
            await using var dataSource = NpgsqlDataSource.Create(cs);

            FdiFigures? ours = null;
            var oursMs = await MedianAsync(async () => ours = (await queries.FiguresAsync(FdiDimension.Total, period.From, period.Cutoff, null)).Single().Figures);
            object?[] theirs = [];
            var handMs = await MedianAsync(async () =>
            {
                await using var cmd = dataSource.CreateCommand(HandWritten);
                cmd.Parameters.AddWithValue("from", period.From);
                cmd.Parameters.AddWithValue("to", period.Cutoff);
                await using var reader = await cmd.ExecuteReaderAsync();
                await reader.ReadAsync();
                theirs = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray();
            });
            object?[] previous = [];
            var previousMs = await MedianAsync(async () =>
            {
                await using var cmd = dataSource.CreateCommand(PreviousImplementation);
                cmd.Parameters.AddWithValue("from", period.From);
                cmd.Parameters.AddWithValue("to", period.Cutoff);
                await using var reader = await cmd.ExecuteReaderAsync();
                await reader.ReadAsync();
                previous = Enumerable.Range(1, reader.FieldCount - 1).Select(i => reader.GetValue(i)).ToArray();
            });
            var user = new NoUser();
            var service = new FdiMonthlyReportService(queries, new NoSnapshots(), user,
                new Projects.ProjectScopeProvider(user, new EntityFrameworkCore.Projects.ProjectScopeQueries(dataSource)), TimeProvider.System);
            var fullMs = await MedianAsync(() => service.ComputeAsync(period));

            Console.WriteLine($"totals 01/01–{period.Cutoff:dd/MM/yyyy}: new {ours!.NewProjects:N0} ({ours.NewCapitalUsd:N2} USD), increases {ours.IncreaseCount:N0}, " +
                              $"terminated {ours.TerminatedProjects:N0}, valid {ours.ValidProjects:N0} ({ours.ValidCapitalUsd:N2} USD)");
            // The 13 stored figures (totals are sums of them) in the hand-written statement's column order.
            decimal[] oursFigures = [ours.NewProjects, ours.NewCapitalUsd, ours.AdjustedProjects, ours.IncreaseCount, ours.IncreaseCapitalUsd,
                ours.DecreaseCount, ours.DecreaseCapitalUsd, ours.ContributionCount, ours.ContributionValueUsd, ours.TerminatedProjects,
                ours.TerminatedCapitalUsd, ours.ValidProjects, ours.ValidCapitalUsd];
            var handFigures = theirs.Select(v => v is null ? 0m : Convert.ToDecimal(v, CultureInfo.InvariantCulture)).ToArray();
            var previousFigures = previous.Select(v => Convert.ToDecimal(v, CultureInfo.InvariantCulture)).ToArray();
            Console.WriteLine($"hand-written (raw ledger) agrees on all 13 figures: {oursFigures.SequenceEqual(handFigures)}; " +
                              $"previous implementation agrees: {oursFigures.SequenceEqual(previousFigures)}");
            Console.WriteLine($"monthly summary query (FdiReportQueries, totals): median {oursMs:F1} ms");
            Console.WriteLine($"hand-written single SQL, same totals:           median {handMs:F1} ms");
            Console.WriteLine($"ratio: {oursMs / handMs:F2}x   (targets: <= 150 ms, <= 1.2x)");
            Console.WriteLine($"previous implementation (raw ledger per call):  median {previousMs:F1} ms  ({previousMs / oursMs:F1}x slower than now)");
            Console.WriteLine($"whole report (totals + 4 breakdowns in one pass, previous year, implemented capital): median {fullMs:F1} ms");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("INVESTAID_BENCH_KEEP") != "1")
            {
                await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            }
        }
    }

    private static async Task<double> MedianAsync(Func<Task> run)
    {
        for (var i = 0; i < 3; i++)
        {
            await run();
        }
        var times = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            var sw = Stopwatch.StartNew();
            await run();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private static async Task LoadAsync(string cs, int events)
    {
        var random = new Random(42);
        var projects = events / 10;
        string[] countries = ["KR", "JP", "CN", "TW", "SG", "US", "DE", "HK"];
        string[] sectors = ["10", "13", "22", "26", "27", "28", "41", "46", "55", "62"];
        string[] communes = ["33001", "33004", "33012", "33019", "33021", "33026"];
        var now = DateTimeOffset.UtcNow;
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var ids = new Guid[projects];
        await using (var copy = await conn.BeginBinaryImportAsync(
                         "COPY projects (id, code, kind, status, name_vi, sector_code, commune_code, registered_capital_usd, registered_capital_vnd, search_text, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < projects; i++)
            {
                ids[i] = Guid.CreateVersion7();
                await copy.StartRowAsync();
                await copy.WriteAsync(ids[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync($"FDI-B-{i:D6}", NpgsqlDbType.Varchar);
                await copy.WriteAsync("Fdi", NpgsqlDbType.Varchar);
                await copy.WriteAsync("Active", NpgsqlDbType.Varchar);
                await copy.WriteAsync($"Dự án {i}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(sectors[i % sectors.Length], NpgsqlDbType.Varchar);
                await copy.WriteAsync(communes[i % communes.Length], NpgsqlDbType.Varchar);
                await copy.WriteAsync(0m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(0m, NpgsqlDbType.Numeric);
                await copy.WriteAsync($"du an {i}", NpgsqlDbType.Text);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await conn.BeginBinaryImportAsync("COPY project_investors (project_id, name, country_code) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < projects; i++)
            {
                await copy.WriteRowAsync(default, ids[i], $"Investor {i}", countries[random.Next(countries.Length)]);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await conn.BeginBinaryImportAsync(
                         "COPY capital_events (id, project_id, type, effective_date, capital_change_usd, capital_change_vnd, corrects_event_id, recorded_at) FROM STDIN (FORMAT BINARY)"))
        {
            var written = 0;
            for (var i = 0; i < projects && written < events; i++)
            {
                var day = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 4015));
                async Task Row(string type, DateOnly on, decimal usd, Guid? corrects, Guid id)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(ids[i], NpgsqlDbType.Uuid);
                    await copy.WriteAsync(type, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(on, NpgsqlDbType.Date);
                    await copy.WriteAsync(usd, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(usd * 25_000m, NpgsqlDbType.Numeric);
                    if (corrects is { } c)
                    {
                        await copy.WriteAsync(c, NpgsqlDbType.Uuid);
                    }
                    else
                    {
                        await copy.WriteNullAsync();
                    }
                    await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                    written++;
                }
                var capital = Math.Round((decimal)random.NextDouble() * 50_000_000m, 2) + 100_000m;
                await Row("NewRegistration", day, capital, null, Guid.CreateVersion7());
                Guid? last = null;
                var terminate = random.Next(10) == 0;
                for (var k = 0; k < (terminate ? 7 : 8); k++)
                {
                    day = day.AddDays(random.Next(1, 120));
                    var change = random.Next(3) == 0 ? -Math.Round(capital * 0.05m, 2) : Math.Round((decimal)random.NextDouble() * 5_000_000m, 2);
                    capital += change;
                    last = Guid.CreateVersion7();
                    await Row("Adjustment", day, change, null, last.Value);
                }
                if (terminate)
                {
                    await Row("Termination", day.AddDays(random.Next(1, 200)), 0m, null, Guid.CreateVersion7());
                }
                await Row("Adjustment", day, Math.Round((decimal)random.NextDouble() * 1_000_000m, 2), last, Guid.CreateVersion7());
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await conn.BeginBinaryImportAsync(
                         "COPY capital_contributions (id, investor_name, country_code, target_enterprise, value_usd, date, search_text, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < 20_000; i++)
            {
                await copy.WriteRowAsync(default, Guid.CreateVersion7(), "Buyer", countries[random.Next(countries.Length)], "Target",
                    Math.Round((decimal)random.NextDouble() * 2_000_000m, 2), new DateOnly(2015, 1, 1).AddDays(random.Next(0, 3800)), "buyer", now, now);
            }
            await copy.CompleteAsync();
        }
    }

    private static async Task<long> ScalarAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private sealed class NoSnapshots : IFdiReportSnapshotRepository
    {
        public Task<IReadOnlyList<FdiReportSnapshot>> ListAsync(int year, int month, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<FdiReportSnapshot>>([]);

        public Task<bool> TryAddAsync(FdiReportSnapshot snapshot, CancellationToken cancellationToken = default) => Task.FromResult(false);
    }

    private sealed class NoUser : Common.ICurrentUser
    {
        public Guid? Id => null;
        public string? Name => "bench";
        public bool IsInRole(string role) => false;
    }
}
