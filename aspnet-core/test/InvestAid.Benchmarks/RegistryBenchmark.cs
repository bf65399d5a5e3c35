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
/// Run: INVESTAID_BENCH_PG="Host=...;Username=...;Password=..." dotnet InvestAid.Benchmarks.dll registry [projects] [iterations]
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
            await ExecAsync(cs, "ANALYZE");
            Console.WriteLine($"generated {projects:N0} projects and {events:N0} capital events with COPY in {sw.Elapsed.TotalSeconds:F1} s");

            Console.WriteLine($"{"query",-34} {"app p50",8} {"app p95",8} {"sql p50",8} {"sql p95",8} {"p95 ratio",9}  rows");
            foreach (var (label, query) in Queries())
            {
                var app = await TimeAsync(iterations, async () =>
                {
                    await using var scope = services.CreateAsyncScope();
                    var list = scope.ServiceProvider.GetRequiredService<IProjectQueries>();
                    return (await list.ListAsync(query, new ProjectScope(true, null))).TotalCount;
                });
                await using var dataSource = NpgsqlDataSource.Create(cs);
                var raw = await TimeAsync(iterations, () => RawListAsync(dataSource, query));
                Console.WriteLine($"{label,-34} {app.P50,8:F2} {app.P95,8:F2} {raw.P50,8:F2} {raw.P95,8:F2} {app.P95 / raw.P95,9:F2}  {app.Rows}");
            }

            foreach (var rows in new[] { 10_000, projects })
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
            await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
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

    /// <summary>The same list as ProjectQueries builds, written by hand: count plus one page.</summary>
    private static async Task<int> RawListAsync(NpgsqlDataSource dataSource, ProjectQuery q)
    {
        var where = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        void Add(string clause, object value) { parameters.Add(new NpgsqlParameter { Value = value }); where.Add(clause.Replace("?", "$" + parameters.Count)); }
        if (q.Kind is { } kind) Add("p.kind = ?", kind.ToString());
        if (q.Sector is { } sector) Add("p.sector_code = ?", sector);
        if (q.Country is { } country) Add("EXISTS (SELECT 1 FROM project_investors i WHERE i.project_id = p.id AND i.country_code = ?)", country);
        if (q.From is { } from) Add("p.registered_on >= ?", from);
        if (q.To is { } to) Add("p.registered_on <= ?", to);
        foreach (var term in TextFolding.Terms(q.Q)) Add("p.search_text LIKE ?", "%" + term + "%");
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        var order = q.Sort == "-registeredCapitalUsd" ? "p.registered_capital_usd DESC, p.id" : "p.updated_at DESC, p.id";
        await using var conn = await dataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(conn);
        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM projects p {filter}");
        var page = new NpgsqlBatchCommand($"""
            SELECT p.id, p.code, p.kind, p.status, p.name_vi, p.name_en, p.owner_name, p.donor_code, p.commune_code, p.industrial_zone_code,
                   p.sector_code, (SELECT string_agg(DISTINCT i.country_code, ', ') FROM project_investors i WHERE i.project_id = p.id),
                   p.registered_on, p.registered_capital_usd, p.updated_at
            FROM projects p {filter} ORDER BY {order} LIMIT {q.Size} OFFSET {(q.PageNumber - 1) * q.Size}
            """);
        foreach (var p in parameters) { count.Parameters.Add(p.Clone()); page.Parameters.Add(p.Clone()); }
        batch.BatchCommands.Add(count);
        batch.BatchCommands.Add(page);
        await using var reader = await batch.ExecuteReaderAsync();
        await reader.ReadAsync();
        var total = (int)reader.GetInt64(0);
        await reader.NextResultAsync();
        while (await reader.ReadAsync()) { }
        return total;
    }

    private static async Task<long> GenerateAsync(string cs, int count)
    {
        var random = new Random(42);
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var ids = new Guid[count];
        var capital = new decimal[count];
        var registered = new DateOnly[count];
        await using (var writer = await conn.BeginBinaryImportAsync(
            "COPY projects (id, code, kind, status, name_vi, owner_name, sector_code, commune_code, registered_on, registered_capital_usd, registered_capital_vnd, search_text, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
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
                await writer.WriteAsync(Countries[random.Next(Countries.Length)]);
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

    private static async Task<(double P50, double P95, int Rows)> TimeAsync(int iterations, Func<Task<int>> run)
    {
        var rows = 0;
        for (var i = 0; i < 5; i++) rows = await run(); // warm-up: JIT, plans, caches
        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var sw = Stopwatch.StartNew();
            rows = await run();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return (times[iterations / 2], times[(int)(iterations * 0.95)], rows);
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
