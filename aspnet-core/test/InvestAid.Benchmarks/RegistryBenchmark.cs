using System.Diagnostics;
using System.Globalization;
using InvestAid.Common;
using InvestAid.EntityFrameworkCore;
using InvestAid.Projects;
using InvestAid.Seeding;
using InvestAid.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MiniExcelLibs;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.Benchmarks;

/// <summary>
/// The registry at province-and-then-some scale: 100k projects and 300k capital events written with COPY,
/// then the project list (search, filters, sort, count, page) through the application's query vs the same
/// query hand-written in SQL, p50/p95 and their ratio; and a 100k-row Excel import through the real use case.
/// Not a test: prints numbers, asserts nothing.
/// Run: INVESTAID_BENCH_PG="Host=...;Username=...;Password=..." dotnet InvestAid.Benchmarks.dll registry [projects] [iterations] [officers] [noimport] [keep]
/// </summary>
public static class RegistryBenchmark
{
    private static readonly string[] Countries = ["KR", "JP", "CN", "TW", "SG", "HK", "US", "DE", "TH", "MY"];
    private static readonly string[] Sectors = ["10", "13", "14", "22", "25", "26", "27", "28", "29", "41", "46", "52", "68"];
    private static readonly string[] Places = ["Thái Bình", "Đông Hưng", "Phố Hiến", "Mỹ Hào", "Như Quỳnh", "Tiền Hải", "Kiến Xương", "Yên Mỹ", "Văn Giang", "Quỳnh Phụ"];
    private static readonly string[] Things = ["Nhà máy linh kiện điện tử", "Nhà máy may mặc", "Xưởng cơ khí chính xác", "Kho vận", "Nhà máy nhựa", "Nhà máy dệt", "Trung tâm logistics", "Nhà máy thép"];

    public static async Task RunAsync(string[] args)
    {
        var server = Environment.GetEnvironmentVariable("INVESTAID_BENCH_PG")
            ?? throw new InvalidOperationException("Set INVESTAID_BENCH_PG to a PostgreSQL connection string without a database.");
        var projects = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var officers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8;
        var withImport = !args.Contains("noimport");
        var name = $"bench_reg_{Guid.NewGuid():N}"[..20];
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await ExecAsync(admin, $"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 32 }.ConnectionString;
        try
        {
            await using var services = BuildServices(cs);
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<InvestAidDbContext>().Database.MigrateAsync();
                await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
            }
            var sw = Stopwatch.StartNew();
            var events = await GenerateAsync(cs, projects);
            await ExecAsync(cs, "VACUUM ANALYZE");
            await ExecAsync(cs, "CHECKPOINT");
            Console.WriteLine($"generated {projects:N0} projects and {events:N0} capital events with COPY in {sw.Elapsed.TotalSeconds:F1} s");

            Console.WriteLine($"{officers} concurrent officers, {iterations} requests per query and side, app and SQL alternating in 4 slices, each first in two");
            Console.WriteLine($"{"query",-34} {"app p50",8} {"app p95",8} {"sql p50",8} {"sql p95",8} {"p95 ratio",9}  rows");
            await using var dataSource = NpgsqlDataSource.Create(cs);
            double tableRows;
            long sampledRows;
            await using (var conn = await dataSource.OpenConnectionAsync())
            {
                tableRows = (float)(await new NpgsqlCommand("SELECT reltuples FROM pg_class WHERE oid = 'projects'::regclass", conn).ExecuteScalarAsync())!;
                sampledRows = (long)(await new NpgsqlCommand($"SELECT count(*) FROM projects TABLESAMPLE SYSTEM ({SamplePercent(tableRows)}) REPEATABLE (0)", conn).ExecuteScalarAsync())!;
            }
            // Every query on both sides first, then a pause: methods called often enough are recompiled to their
            // optimised tier in the background ~0.1 s after the calls settle; without it that JIT work lands in the
            // first measured query's tail (app p95 33 ms against p50 3.7 ms for the first query, 5 December).
            foreach (var (_, query) in Queries())
            {
                for (var i = 0; i < 60; i++)
                {
                    await using var scope = services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<IProjectQueries>().ListAsync(query, new ProjectScope(true, null));
                    await RawListAsync(dataSource, query, tableRows, sampledRows);
                }
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
            foreach (var (label, query) in Queries())
            {
                Func<Task<int>> app = async () =>
                {
                    await using var scope = services.CreateAsyncScope();
                    var list = scope.ServiceProvider.GetRequiredService<IProjectQueries>();
                    return (await list.ListAsync(query, new ProjectScope(true, null))).TotalCount;
                };
                Func<Task<int>> raw = () => RawListAsync(dataSource, query, tableRows, sampledRows);
                var (appTimes, sqlTimes, rows) = await AlternateAsync(app, raw, iterations, officers);
                var (a50, a95) = Percentiles(appTimes);
                var (s50, s95) = Percentiles(sqlTimes);
                Console.WriteLine($"{label,-34} {a50,8:F2} {a95,8:F2} {s50,8:F2} {s95,8:F2} {a95 / s95,9:F2}  {rows}");
            }

            foreach (var rows in withImport ? new[] { 10_000, projects } : [])
            {
                var file = ImportSheet(rows);
                await using var scope = services.CreateAsyncScope();
                var import = scope.ServiceProvider.GetRequiredService<ProjectImportService>();
                var watch = Stopwatch.StartNew();
                var result = await import.ImportAsync(new MemoryStream(file));
                Console.WriteLine($"import of {result.Imported:N0} rows ({file.Length / 1024 / 1024.0:F1} MB xlsx): {watch.Elapsed.TotalSeconds:F1} s");
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (args.Contains("keep"))
            {
                Console.WriteLine($"database kept: {name}");
            }
            else
            {
                await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            }
        }
    }

    private static IEnumerable<(string, ProjectQuery)> Queries() =>
    [
        ("first page, newest", new ProjectQuery()),
        ("search 'thai binh'", new ProjectQuery { Q = "thai binh" }),
        ("search 'nha may dong hung'", new ProjectQuery { Q = "nha may dong hung" }),
        ("FDI from KR by capital desc", new ProjectQuery { Kind = ProjectKind.Fdi, Country = "KR", Sort = "-registeredCapitalUsd" }),
        ("sector 26, 2020-2023, page 5", new ProjectQuery { Sector = "26", From = new DateOnly(2020, 1, 1), To = new DateOnly(2023, 12, 31), Page = 5 }),
        ("search code 'FDI-2021-00'", new ProjectQuery { Q = "FDI-2021-00" }),
    ];

    /// <summary>
    /// The same list as ProjectQueries builds, written by hand as well as we can: the count on a sample of pages
    /// and the page in one round trip, and an exact count in a second only when the sample shows a short list
    /// (the same rule and figures as the application's).
    /// </summary>
    private static async Task<int> RawListAsync(NpgsqlDataSource dataSource, ProjectQuery q, double tableRows, long sampledRows)
    {
        var where = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        void Add(string clause, object value) { parameters.Add(new NpgsqlParameter { Value = value }); where.Add(clause.Replace("?", "$" + parameters.Count)); }
        if (q.Kind is { } kind) Add("p.kind = ?", kind.ToString());
        if (q.Sector is { } sector) Add("p.sector_code = ?", sector);
        if (q.Country is { } country) Add("p.investor_country_codes @> ARRAY[?]::text[]", country);
        if (q.From is { } from) Add("p.registered_on >= ?", from);
        if (q.To is { } to) Add("p.registered_on <= ?", to);
        foreach (var term in TextFolding.Terms(q.Q)) Add("p.search_text LIKE ?", "%" + term + "%");
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        var order = q.Sort == "-registeredCapitalUsd" ? "p.registered_capital_usd DESC, p.id" : "p.updated_at DESC, p.id";
        var percent = SamplePercent(tableRows);
        await using var conn = await dataSource.OpenConnectionAsync();
        NpgsqlBatchCommand Command(string sql)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var p in parameters) command.Parameters.Add(p.Clone());
            return command;
        }
        var columns = """
            p.id, p.code, p.kind, p.status, p.name_vi, p.name_en, p.owner_name, p.donor_code, p.commune_code, p.industrial_zone_code,
            p.sector_code, array_to_string(p.investor_country_codes, ', '), p.registered_on, p.registered_capital_usd, p.updated_at
            """;
        var paging = $"ORDER BY {order} LIMIT {q.Size} OFFSET {(q.PageNumber - 1) * q.Size}";
        // Without a filter every sampled row matches: the estimate is the table's rows, no statement needed.
        var hits = sampledRows;
        if (where.Count > 0)
        {
            await using var sample = new NpgsqlBatch(conn) { BatchCommands = { Command($"SELECT count(*) FROM projects p TABLESAMPLE SYSTEM ({percent}) REPEATABLE (0) {filter}") } };
            hits = (long)(await sample.ExecuteScalarAsync())!;
        }
        var estimate = hits * tableRows / sampledRows;
        await using var batch = new NpgsqlBatch(conn);
        if (estimate < 5_000)
        {
            // A short list: the page's ids sorted from the matches (OFFSET 0 keeps the filter first; a covering index
            // answers it alone), the exact count by a window, then the page's rows by key.
            batch.BatchCommands.Add(Command($"""
                WITH page AS MATERIALIZED (SELECT p.id, count(*) OVER () AS total FROM (SELECT p.id, p.updated_at, p.registered_capital_usd FROM projects p {filter} OFFSET 0) p {paging})
                SELECT {columns}, page.total FROM page JOIN projects p ON p.id = page.id ORDER BY {order}
                """));
        }
        else
        {
            batch.BatchCommands.Add(Command($"SELECT {columns} FROM projects p {filter} {paging}"));
        }
        await using var reader = await batch.ExecuteReaderAsync();
        var total = (int)estimate;
        while (await reader.ReadAsync())
        {
            if (estimate < 5_000) total = (int)reader.GetInt64(15);
        }
        return total;
    }

    private static string SamplePercent(double tableRows) =>
        Math.Clamp(2_000 * 100.0 / tableRows, 0.1, 100.0).ToString("0.###", CultureInfo.InvariantCulture);

    private static async Task<long> GenerateAsync(string cs, int count)
    {
        var random = new Random(42);
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var ids = new Guid[count];
        var capital = new decimal[count];
        var registered = new DateOnly[count];
        var country = new string[count];
        await using (var writer = await conn.BeginBinaryImportAsync(
            "COPY projects (id, code, kind, status, name_vi, owner_name, sector_code, commune_code, registered_on, registered_capital_usd, registered_capital_vnd, search_text, investor_country_codes, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                ids[i] = UUIDNext.Uuid.NewSequential();
                registered[i] = new DateOnly(2005, 1, 1).AddDays(random.Next(0, 7600));
                capital[i] = Math.Round((decimal)Math.Exp(random.NextDouble() * 6 + 13), 2);
                var code = $"FDI-{registered[i].Year}-{i:000000}";
                var name = $"{Things[random.Next(Things.Length)]} {Places[random.Next(Places.Length)]} {i}";
                var owner = $"Công ty TNHH {Places[random.Next(Places.Length)]} {random.Next(1000)}";
                var at = new DateTimeOffset(registered[i].ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                await writer.StartRowAsync();
                await writer.WriteAsync(ids[i]);
                await writer.WriteAsync(code);
                await writer.WriteAsync("Fdi");
                await writer.WriteAsync(random.Next(12) == 0 ? "Terminated" : "Active");
                await writer.WriteAsync(name);
                await writer.WriteAsync(owner);
                await writer.WriteAsync(Sectors[random.Next(Sectors.Length)]);
                await writer.WriteAsync($"330{random.Next(10, 33)}");
                await writer.WriteAsync(registered[i]);
                await writer.WriteAsync(capital[i]);
                await writer.WriteAsync(capital[i] * 25_000m);
                await writer.WriteAsync(TextFolding.Fold($"{code} {name} {owner}"));
                country[i] = Countries[random.Next(Countries.Length)];
                await writer.WriteAsync(new[] { country[i] }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await conn.BeginBinaryImportAsync("COPY project_investors (project_id, name, country_code) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(ids[i]);
                await writer.WriteAsync($"Investor {i} Co., Ltd.");
                await writer.WriteAsync(country[i]);
            }
            await writer.CompleteAsync();
        }
        long events = 0;
        await using (var writer = await conn.BeginBinaryImportAsync(
            "COPY capital_events (id, project_id, type, effective_date, capital_change_usd, capital_change_vnd, recorded_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var n = 1 + random.Next(0, 5);
                for (var e = 0; e < n; e++)
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(UUIDNext.Uuid.NewSequential());
                    await writer.WriteAsync(ids[i]);
                    await writer.WriteAsync(e == 0 ? "NewRegistration" : "Adjustment");
                    await writer.WriteAsync(registered[i].AddDays(e * 200));
                    var change = e == 0 ? capital[i] : Math.Round(capital[i] * (decimal)(random.NextDouble() * 0.4 - 0.1), 2);
                    await writer.WriteAsync(change);
                    await writer.WriteAsync(change * 25_000m);
                    await writer.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
                    events++;
                }
            }
            await writer.CompleteAsync();
        }
        return events;
    }

    private static byte[] ImportSheet(int rows)
    {
        var random = new Random(7);
        var sheet = Enumerable.Range(0, rows).Select(i => new Dictionary<string, object?>
        {
            [ProjectImportColumns.Kind] = "FDI",
            [ProjectImportColumns.NameVi] = $"{Things[random.Next(Things.Length)]} nhập {i}",
            [ProjectImportColumns.OwnerName] = $"Công ty TNHH Nhập khẩu {i}",
            [ProjectImportColumns.InvestorNames] = $"Import Investor {i}",
            [ProjectImportColumns.InvestorCountries] = Countries[random.Next(Countries.Length)],
            [ProjectImportColumns.IrcNumber] = $"{random.NextInt64(1_000_000_000, 9_999_999_999)}",
            [ProjectImportColumns.IrcDate] = new DateTime(2024, 1, 1).AddDays(random.Next(0, 700)),
            [ProjectImportColumns.CapitalUsd] = Math.Round((decimal)(random.NextDouble() * 50_000_000 + 100_000), 2),
            [ProjectImportColumns.Sector] = Sectors[random.Next(Sectors.Length)],
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }

    private static ServiceProvider BuildServices(string cs)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddInvestAidEntityFrameworkCore(cs);
        services.AddInvestAidApplication();
        services.AddScoped<ICurrentUser, BenchmarkUser>();
        services.AddIdentityCore<Identity.AppUser>().AddRoles<Identity.AppRole>().AddEntityFrameworkStores<InvestAidDbContext>();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The app's query and the hand-written one, each run by <paramref name="officers"/> concurrent loops, in four
    /// alternating slices so that the machine's other load falls on both sides alike.
    /// </summary>
    private static async Task<(List<double> App, List<double> Sql, int Rows)> AlternateAsync(Func<Task<int>> app, Func<Task<int>> sql, int iterations, int officers)
    {
        var rows = 0;
        for (var i = 0; i < 50; i++)
        {
            rows = await app(); // warm-up: JIT (to its optimised tier), plans, caches
            await sql();
        }
        var appTimes = new List<double>();
        var sqlTimes = new List<double>();
        const int slices = 4;
        for (var slice = 0; slice < slices; slice++)
        {
            // Each side goes first in every other slice.
            if (slice % 2 == 0)
            {
                appTimes.AddRange(await ConcurrentAsync(app, iterations / slices, officers));
                sqlTimes.AddRange(await ConcurrentAsync(sql, iterations / slices, officers));
            }
            else
            {
                sqlTimes.AddRange(await ConcurrentAsync(sql, iterations / slices, officers));
                appTimes.AddRange(await ConcurrentAsync(app, iterations / slices, officers));
            }
        }
        return (appTimes, sqlTimes, rows);
    }

    private static async Task<double[]> ConcurrentAsync(Func<Task<int>> run, int requests, int officers)
    {
        var times = new double[requests];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, officers).Select(_ => Task.Run(async () =>
        {
            for (int i; (i = Interlocked.Increment(ref next)) < requests;)
            {
                var sw = Stopwatch.StartNew();
                await run();
                times[i] = sw.Elapsed.TotalMilliseconds;
            }
        })));
        return times;
    }

    private static (double P50, double P95) Percentiles(List<double> times)
    {
        times.Sort();
        return (times[times.Count / 2], times[(int)(times.Count * 0.95)]);
    }

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync();
    }

    private sealed class BenchmarkUser : ICurrentUser
    {
        public Guid? Id => null;
        public string? Name => "benchmark";
        public bool IsInRole(string role) => true;
    }
}
