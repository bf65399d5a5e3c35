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
/// contributions; then the totals query as the API runs it (FdiReportQueries, through EF's connection) beside ONE
/// hand-written SQL statement computing the same totals, median of 15 runs each, and the whole report (two totals
/// and four breakdowns). Prints numbers, asserts nothing.
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
            foreach (var table in new[] { "capital_events", "projects", "capital_contributions", "project_investors" })
            {
                await ExecAsync(cs, $"VACUUM ANALYZE {table}");
            }
            Console.WriteLine($"PostgreSQL {name}: {events:N0} capital events, {events / 10:N0} projects loaded with COPY in {load.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores");

            var period = FdiReportPeriod.Of(2025, 6);
            await using var context = new InvestAidDbContext(options.Options);
            var queries = new FdiReportQueries(context);
            await using var dataSource = NpgsqlDataSource.Create(cs);

            FdiFigures? ours = null;
            var oursMs = await MedianAsync(async () => ours = (await queries.FiguresAsync(FdiDimension.Total, period.From, period.Cutoff)).Single().Figures);
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
            var service = new FdiMonthlyReportService(queries, new NoSnapshots(), new NoUser(), TimeProvider.System);
            var fullMs = await MedianAsync(() => service.ComputeAsync(period));

            Console.WriteLine($"totals 01/01–{period.Cutoff:dd/MM/yyyy}: new {ours!.NewProjects:N0} ({ours.NewCapitalUsd:N2} USD), increases {ours.IncreaseCount:N0}, " +
                              $"terminated {ours.TerminatedProjects:N0}, valid {ours.ValidProjects:N0} ({ours.ValidCapitalUsd:N2} USD)");
            Console.WriteLine($"hand-written agrees: new_usd {theirs[1]}, valid_n {theirs[11]}, valid_usd {theirs[12]}");
            Console.WriteLine($"monthly summary query (FdiReportQueries, totals): median {oursMs:F1} ms");
            Console.WriteLine($"hand-written single SQL, same totals:           median {handMs:F1} ms");
            Console.WriteLine($"ratio: {oursMs / handMs:F2}x   (targets: <= 150 ms, <= 1.2x)");
            Console.WriteLine($"whole report (2 totals + 4 breakdowns):          median {fullMs:F1} ms");
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
