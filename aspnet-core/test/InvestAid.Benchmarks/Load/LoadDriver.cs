using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InvestAid.DbMigrator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.Benchmarks.Load;

/// <summary>
/// The load test: seeds a database to scale with COPY, measures the real host's start → ready, starts it on loopback and drives it
/// with bounded, time-limited traffic at several concurrencies; writes a Markdown report. Traffic goes to 127.0.0.1 only.
/// Run: <c>dotnet InvestAid.Benchmarks.dll load server="Host=127.0.0.1;Port=…;Username=…;Password=…" host=…/InvestAid.HttpApi.Host.dll
/// [projects=100000] [events=300000] [disbursements=1000000] [instances=50000] [requests=3000] [seconds=45] [concurrency=1,8,32]
/// [approvals=1] [approval-users=32] [starts=5] [baseline-host=…/InvestAid.HttpApi.Host.dll] [report=results.md]</c> (or <c>test/load/run</c>, which does all of it).
/// </summary>
public static class LoadDriver
{
    private static async Task<double> StartToReadyAsync(string hostDll, string cs, int port, string logFile)
    {
        var (host, took) = await HostProcess.StartAsync(hostDll, cs, port, logFile);
        await host.DisposeAsync();
        return took.TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static string Spread(IReadOnlyList<double> runs)
    {
        var sorted = runs.Order().ToArray();
        return $"min {sorted[0]:F0} ms, median {Median(sorted):F0} ms, max {sorted[^1]:F0} ms " +
               $"(in order: {string.Join(", ", runs.Select(s => s.ToString("F0", CultureInfo.InvariantCulture)))})";
    }

    public static async Task RunAsync(string[] args)
    {
        var o = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        int Int(string key, int fallback) => o.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var server = o.GetValueOrDefault("server") ?? throw new ArgumentException("server=<connection string without a database> is required");
        var hostDll = Path.GetFullPath(o.GetValueOrDefault("host") ?? throw new ArgumentException("host=<path of InvestAid.HttpApi.Host.dll> is required"));
        var (projects, events, disbursements, instances) = (Int("projects", 100_000), Int("events", 300_000), Int("disbursements", 1_000_000), Int("instances", 50_000));
        var (requests, seconds, approvals) = (Int("requests", 3_000), Int("seconds", 45), Int("approvals", 1));
        var levels = (o.GetValueOrDefault("concurrency") ?? "1,8,32").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        // The approval step's user counts: each runs over HTTP, then in-process, on projects of its own.
        var approvalLevels = (o.GetValueOrDefault("approval-users") ?? "32").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var reportPath = o.GetValueOrDefault("report") ?? $"load-{DateTime.Now:yyyy-MM-dd-HHmm}.md";
        var port = Int("port", 5990);
        // steps=officer,detail,approval (default all); starts=N start → ready measurements (default 5).
        var steps = (o.GetValueOrDefault("steps") ?? "officer,detail,approval").Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase);
        var startRuns = Int("starts", 5);
        // baseline-host=<another build's InvestAid.HttpApi.Host.dll>: its start → ready runs alternate with this build's, on the same database.
        var baselineDll = o.GetValueOrDefault("baseline-host") is { Length: > 0 } b ? Path.GetFullPath(b) : null;
        var logFile = Path.ChangeExtension(reportPath, ".host.log");

        var report = new StringBuilder();
        void Say(string line) { Console.WriteLine(line); report.AppendLine(line); }
        Say($"# Load test {DateTime.Now:yyyy-MM-dd HH:mm}");
        Say("");
        Say($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024.0:F0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, " +
            $".NET {Environment.Version}; PostgreSQL on the same machine; host, database and driver share the cores.");
        Say($"Bounds: at most {requests:N0} requests or {seconds} s per step, loopback only.");
        Say("");

        var name = "investaid_load";
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await ExecAsync(admin, $"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 100 }.ConnectionString;

        var watch = Stopwatch.StartNew();
        var migrator = new ServiceCollection();
        DatabaseMigrator.AddMigratorServices(migrator, cs);
        await using (var services = migrator.BuildServiceProvider())
        {
            await services.GetRequiredService<DatabaseMigrator>().RunAsync(withDemoData: true, seedDemoProjects: false);
        }
        var migrated = watch.Elapsed;
        await using var dataSource = NpgsqlDataSource.Create(cs);
        var seeder = new LoadSeeder(dataSource, projects, events, disbursements, instances);
        watch.Restart();
        var counts = await seeder.SeedAsync();
        Say($"## Data\n\nMigrated and seeded reference data and demo users in {migrated.TotalSeconds:F1} s; loaded by COPY in {watch.Elapsed.TotalSeconds:F1} s: {counts}.");
        Say("");

        var starts = new List<double>();
        var baselineStarts = new List<double>();
        for (var i = 0; i < startRuns; i++)
        {
            if (baselineDll is not null)
            {
                baselineStarts.Add(await StartToReadyAsync(baselineDll, cs, port, logFile));
            }
            starts.Add(await StartToReadyAsync(hostDll, cs, port, logFile));
        }
        if (starts.Count > 0)
        {
            Say($"## Start → ready\n\n`dotnet InvestAid.HttpApi.Host.dll` (Release, Production environment, migrated database) until `/health/ready` answers 200, {starts.Count} runs" +
                (baselineDll is null ? ":" : $", alternating with the baseline build `{baselineDll}`:"));
            Say("");
            Say($"- this build: {Spread(starts)}");
            if (baselineStarts.Count > 0)
            {
                Say($"- baseline: {Spread(baselineStarts)}; median ratio this/baseline {Median(starts) / Median(baselineStarts):F2}, max ratio {starts.Max() / baselineStarts.Max():F2}");
            }
        }
        Say("");

        var (host, _) = await HostProcess.StartAsync(hostDll, cs, port, logFile);
        await using var _host = host;
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var officer = await SignInAsync(handler, host.BaseUrl, "officer@investaid.local");
        var agency = await SignInAsync(handler, host.BaseUrl, "agency.finance@investaid.local");
        var leader = await SignInAsync(handler, host.BaseUrl, "leader@investaid.local");
        var approver = await SignInAsync(handler, host.BaseUrl, "approver@investaid.local");
        var all = seeder.Fdi.Concat(seeder.Oda).Concat(seeder.Ngo).ToArray();
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Say("## Traffic\n");
        Say("| step | users | requests | s | req/s | errors | operation | p50 ms | p95 ms | p99 ms | host RSS max MiB | host CPU avg |");
        Say("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|");
        foreach (var users in steps.Contains("officer") ? levels : [])
        {
            await RunStepAsync("officer mix (60% search, 30% open project, 10% record capital event)", users, requests, seconds, host, Say, async (rng, rec) =>
            {
                var dice = rng.Next(100);
                if (dice < 60)
                {
                    var term = LoadSeeder.SearchTerms[rng.Next(LoadSeeder.SearchTerms.Count)];
                    await rec.TimeAsync("search", () => officer.GetAsync($"/api/v1/projects?q={Uri.EscapeDataString(term)}&page={1 + rng.Next(3)}&pageSize=20"));
                }
                else if (dice < 90)
                {
                    await rec.TimeAsync("open project", () => officer.GetAsync($"/api/v1/projects/{all[rng.Next(all.Length)]}"));
                }
                else
                {
                    var id = seeder.Fdi[rng.Next(seeder.Fdi.Count)];
                    await rec.TimeAsync("record capital event", () => officer.PostAsJsonAsync($"/api/v1/projects/{id}/capital-events",
                        new { type = "Adjustment", effectiveDate = today, capitalChangeUsd = 1000m + rng.Next(1000), note = "load test" }));
                }
            });
        }
        foreach (var users in steps.Contains("detail") ? levels.Append(64).Distinct() : [])
        {
            await RunStepAsync("GET project detail", users, requests, seconds, host, Say, (rng, rec) =>
                rec.TimeAsync("project detail", () => officer.GetAsync($"/api/v1/projects/{all[rng.Next(all.Length)]}")));
        }
        var slice = seeder.Ngo.Count / (2 * approvalLevels.Length);
        foreach (var (approvalUsers, level) in approvals > 0 && steps.Contains("approval") ? approvalLevels.Select((u, i) => (u, i)) : [])
        {
            var fresh = new ConcurrentQueue<Guid>(seeder.Ngo.Skip(2 * level * slice).Take(slice));
            var clients = new Dictionary<string, HttpClient> { ["officer"] = officer, ["agency:STC"] = agency, ["leader"] = leader, ["approver"] = approver };
            await RunStepAsync("approval: start NGO procedure, then each task by its group (officer, agency, leader, approver) to the end", approvalUsers, requests, seconds, host, Say, async (rng, rec) =>
            {
                if (!fresh.TryDequeue(out var projectId))
                {
                    return;
                }
                var started = await rec.TimeAsync("start procedure", () => officer.PostAsJsonAsync($"/api/v1/projects/{projectId}/dossiers", new
                {
                    procedureKey = "ngo-aid-approval", receivedOn = today, applicant = new { name = "Nguyễn Văn An", contact = "0912 345 678" },
                    variables = new { agencies = new[] { "STC" } },
                }));
                if (started is null)
                {
                    return;
                }
                var dossierId = started.Value.GetProperty("id").GetString();
                for (var step = 0; step < 8; step++)
                {
                    var dossier = await rec.TimeAsync("open dossier", () => officer.GetAsync($"/api/v1/dossiers/{dossierId}"));
                    var task = dossier?.GetProperty("tasks").EnumerateArray().FirstOrDefault(t => t.GetProperty("status").GetString() == "Open");
                    if (task is not { ValueKind: JsonValueKind.Object } open)
                    {
                        break;
                    }
                    var group = open.GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()!).FirstOrDefault(clients.ContainsKey) ?? "officer";
                    var outcome = open.GetProperty("outcomes").EnumerateArray().Select(x => x.GetString()).FirstOrDefault();
                    // With the required fields of the step's shipped form, as the task page sends them.
                    var request = Faults.FaultRequests.CompleteRequest(open.GetProperty("id").GetString()!, outcome, Guid.NewGuid().ToString("N"),
                        open.TryGetProperty("elementId", out var element) ? element.GetString() : null);
                    if (await rec.TimeAsync("complete task", () => clients[group].SendAsync(request)) is null)
                    {
                        break;
                    }
                }
            });

            // The baseline of the step above: the same procedure, users and requests through the application services in this
            // process (no HTTP, no authentication, no JSON), on the same database, with projects the HTTP step did not use.
            fresh = new ConcurrentQueue<Guid>(seeder.Ngo.Skip((2 * level + 1) * slice).Take(slice));
            await using var inProcess = await InProcessApproval.CreateAsync(cs);
            await RunStepAsync("approval in-process (baseline): the same, through the application services", approvalUsers, requests, seconds, host, Say, async (rng, rec) =>
            {
                if (!fresh.TryDequeue(out var projectId))
                {
                    return;
                }
                var started = await rec.TimeCallAsync("start procedure", () => inProcess.StartAsync(projectId, DateOnly.Parse(today, CultureInfo.InvariantCulture)));
                if (started is null)
                {
                    return;
                }
                for (var step = 0; step < 8; step++)
                {
                    var dossier = await rec.TimeCallAsync("open dossier", () => inProcess.OpenAsync(started.Id));
                    var open = dossier?.Tasks.FirstOrDefault(t => t.Status == "Open");
                    if (open is null)
                    {
                        break;
                    }
                    var group = open.CandidateGroups.FirstOrDefault(g => g is "officer" or "agency:STC" or "leader" or "approver") ?? "officer";
                    if (await rec.TimeCallAsync("complete task", () => inProcess.CompleteAsync(group, open)) is null)
                    {
                        break;
                    }
                }
            });
        }
        Say("");
        Say("Errors are answers other than 2xx (or a failed connection); the operations' own status counts are in the host log's request lines.");
        await File.WriteAllTextAsync(reportPath, report.ToString());
        Console.WriteLine($"report: {reportPath}");
        NpgsqlConnection.ClearAllPools();
        await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task RunStepAsync(string step, int users, int maxRequests, int maxSeconds, HostProcess host, Action<string> say, Func<Random, Recorder, Task> iteration)
    {
        var recorder = new Recorder(maxRequests);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(maxSeconds));
        var cpuBefore = host.CpuTime();
        var rssMax = host.RssMiB();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && !recorder.Exhausted)
            {
                rssMax = Math.Max(rssMax, host.RssMiB());
                await Task.Delay(250);
            }
        });
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(async worker =>
        {
            var rng = new Random(worker * 7919 + users);
            while (!stop.IsCancellationRequested && !recorder.Exhausted)
            {
                await iteration(rng, recorder);
            }
        }));
        var elapsed = watch.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        var cpu = (host.CpuTime() - cpuBefore).TotalSeconds / elapsed;
        var first = true;
        foreach (var (operation, latencies, _) in recorder.Operations())
        {
            var p = Percentiles(latencies);
            say(first
                ? $"| {step} | {users} | {recorder.Count:N0} | {elapsed:F1} | {recorder.Count / elapsed:F0} | {recorder.Errors} | {operation} | {p.P50:F1} | {p.P95:F1} | {p.P99:F1} | {rssMax:F0} | {cpu * 100:F0}% |"
                : $"| | | | | | | {operation} | {p.P50:F1} | {p.P95:F1} | {p.P99:F1} | | |");
            first = false;
        }
        if (recorder.Errors > 0)
        {
            Console.WriteLine($"   errors by status: {string.Join(", ", recorder.ErrorStatuses())}");
        }
    }

    private static (double P50, double P95, double P99) Percentiles(List<double> values)
    {
        values.Sort();
        double At(double q) => values.Count == 0 ? 0 : values[Math.Min(values.Count - 1, (int)(q * values.Count))];
        return (At(0.50), At(0.95), At(0.99));
    }

    internal static async Task<HttpClient> SignInAsync(HttpMessageHandler handler, string baseUrl, string email)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var password = Environment.GetEnvironmentVariable("INVESTAID_DEMO_PASSWORD") ?? "InvestAid@2026";
        var response = await client.PostAsJsonAsync("/api/account/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    internal static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Latencies per operation, errors, and the request budget of one step.</summary>
    private sealed class Recorder(int budget)
    {
        private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();
        private readonly ConcurrentDictionary<string, int> _errorStatuses = new();
        private int _count;
        private int _errors;

        public int Count => Math.Min(_count, budget);
        public int Errors => _errors;
        public bool Exhausted => Volatile.Read(ref _count) >= budget;

        /// <summary>Sends one request (if the budget allows), records its latency; the JSON answer when 2xx, else null.</summary>
        public async Task<JsonElement?> TimeAsync(string operation, Func<Task<HttpResponseMessage>> send)
        {
            if (Interlocked.Increment(ref _count) > budget)
            {
                return null;
            }
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await send();
                var body = await response.Content.ReadAsStringAsync();
                _latencies.GetOrAdd(operation, _ => []).Add(watch.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref _errors);
                    if (_errorStatuses.AddOrUpdate($"{operation} {(int)response.StatusCode}", 1, (_, n) => n + 1) == 1)
                    {
                        Console.WriteLine($"   first {operation} {(int)response.StatusCode}: {body[..Math.Min(body.Length, 400)]}");
                    }
                    return null;
                }
                return body.Length > 0 && body[0] is '{' or '[' ? JsonDocument.Parse(body).RootElement.Clone() : default(JsonElement);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref _errors);
                _errorStatuses.AddOrUpdate($"{operation} {ex.GetType().Name}", 1, (_, n) => n + 1);
                return null;
            }
        }

        /// <summary>Runs one in-process call (if the budget allows), records its latency; its answer, or null when it threw.</summary>
        public async Task<T?> TimeCallAsync<T>(string operation, Func<Task<T>> call) where T : class
        {
            if (Interlocked.Increment(ref _count) > budget)
            {
                return null;
            }
            var watch = Stopwatch.StartNew();
            try
            {
                var result = await call();
                _latencies.GetOrAdd(operation, _ => []).Add(watch.Elapsed.TotalMilliseconds);
                return result;
            }
            catch (Exception ex)
            {
                Interlocked.Increment(ref _errors);
                if (_errorStatuses.AddOrUpdate($"{operation} {ex.GetType().Name}", 1, (_, n) => n + 1) == 1)
                {
                    Console.WriteLine($"   first {operation} {ex.GetType().Name}: {ex.Message[..Math.Min(ex.Message.Length, 400)]}");
                }
                return null;
            }
        }

        public IEnumerable<(string Operation, List<double> Latencies, int Count)> Operations() =>
            _latencies.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => (l.Key, l.Value.ToList(), l.Value.Count));

        public IEnumerable<string> ErrorStatuses() => _errorStatuses.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}×{e.Value}");
    }
}
