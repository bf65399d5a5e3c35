using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InvestAid.Benchmarks.Load;
using InvestAid.DbMigrator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.Benchmarks;

/// <summary>
/// External tasks fetched and completed per second by N workers (default 4) through the real host's Camunda-compatible REST API
/// (<c>/engine-rest/external-task/fetchAndLock</c> then <c>/{id}/complete</c>, each completion resuming its instance to the end), beside
/// a hand-written SQL baseline in the same run: the same workers on their own connections lock the same kind of rows with one
/// <c>FOR UPDATE SKIP LOCKED</c> statement and complete each with one delete and one instance update — the least a queue in
/// PostgreSQL can do. Batches of tasks are seeded (not measured) and drained alternately by the two modes, so a neighbour's load on
/// the shared machine falls on both. Prints numbers, asserts nothing.
/// Run: dotnet run -c Release -- external-tasks server="Host=...;Username=...;Password=..." host=../../src/InvestAid.HttpApi.Host/bin/Release/net10.0/InvestAid.HttpApi.Host.dll [tasks=1000] [slices=2] [workers=4] [maxTasks=10]
/// </summary>
public static class ExternalTaskThroughput
{
    private const string Topic = "bench.archive";

    private static string Model(string key) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
        <bpmn:process id="{key}" name="Lưu trữ (đo tải)" isExecutable="true">
          <bpmn:startEvent id="start" />
          <bpmn:serviceTask id="archive" camunda:type="external" camunda:topic="{Topic}" />
          <bpmn:endEvent id="end" />
          <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="archive" />
          <bpmn:sequenceFlow id="f2" sourceRef="archive" targetRef="end" />
        </bpmn:process></bpmn:definitions>
        """;

    public static async Task RunAsync(string[] args)
    {
        var o = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        int Int(string key, int fallback) => o.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var server = o.GetValueOrDefault("server") ?? Environment.GetEnvironmentVariable("INVESTAID_BENCH_PG")
            ?? throw new ArgumentException("server=<connection string without a database> is required");
        var hostDll = Path.GetFullPath(o.GetValueOrDefault("host") ?? throw new ArgumentException("host=<path of InvestAid.HttpApi.Host.dll> is required"));
        var (tasks, slices, workers, maxTasks, port) = (Int("tasks", 1000), Int("slices", 2), Int("workers", 4), Int("maxTasks", 10), Int("port", 5991));

        var name = $"bench_ext_{Guid.NewGuid():N}"[..20];
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await LoadDriver.ExecAsync(admin, $"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 64 }.ConnectionString;
        try
        {
            var migrator = new ServiceCollection();
            DatabaseMigrator.AddMigratorServices(migrator, cs);
            await using (var services = migrator.BuildServiceProvider())
            {
                await services.GetRequiredService<DatabaseMigrator>().RunAsync(withDemoData: true, seedDemoProjects: false);
            }

            var (host, _) = await HostProcess.StartAsync(hostDll, cs, port, Path.Combine(Path.GetTempPath(), $"{name}.host.log"));
            await using var _host = host;
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 64 };
            var adminClient = await LoadDriver.SignInAsync(handler, host.BaseUrl, "admin@investaid.local");
            var worker = await LoadDriver.SignInAsync(handler, host.BaseUrl, "worker.archive@investaid.local");
            var key = "bench-archive";
            (await adminClient.PostAsync("/api/v1/workflow-definitions", new StringContent(Model(key), Encoding.UTF8, "text/xml"))).EnsureSuccessStatusCode();
            (await adminClient.PostAsync($"/api/v1/workflow-definitions/{key}/publish", null)).EnsureSuccessStatusCode();
            await using var dataSource = NpgsqlDataSource.Create(cs);

            Console.WriteLine($"{Environment.ProcessorCount} cores; {workers} workers, up to {maxTasks} tasks per fetch, {slices} × {tasks} tasks per mode; host, database and driver share the cores.");
            var http = new List<Result>();
            var raw = new List<Result>();
            for (var slice = 0; slice < slices; slice++)
            {
                await SeedAsync(adminClient, key, tasks);
                http.Add(await DrainAsync(workers, tasks, (w, r) => HttpWorkerAsync(worker, $"w{w}", maxTasks, r)));
                await SeedAsync(adminClient, key, tasks);
                raw.Add(await DrainAsync(workers, tasks, (w, r) => RawWorkerAsync(dataSource, $"w{w}", maxTasks, r)));
            }

            Console.WriteLine("mode      tasks/s  fetch p50 ms  fetch p99 ms  complete p50 ms  complete p99 ms");
            var h = Result.Combine(http);
            var b = Result.Combine(raw);
            h.Print("http");
            b.Print("raw-sql");
            Console.WriteLine($"ratio http/raw tasks/s: {h.PerSecond / b.PerSecond:0.00}; fetch-and-lock p50 http/raw: {h.FetchP50 / b.FetchP50:0.0}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await LoadDriver.ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    /// <summary>Starts <paramref name="count"/> instances (8 at a time), each waiting at its external task.</summary>
    private static async Task SeedAsync(HttpClient client, string key, int count)
    {
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                var response = await client.PostAsJsonAsync("/api/v1/workflow-instances", new
                {
                    definitionKey = key, businessKey = $"QĐ-{Guid.NewGuid():N}"[..12],
                    variables = new { decisionNumber = "101/QĐ-UBND", projectName = "Nhà máy may mặc Phố Nối" },
                });
                response.EnsureSuccessStatusCode();
            }
        }));
    }

    private sealed class Recorder
    {
        public ConcurrentBag<double> Fetches { get; } = [];
        public ConcurrentBag<double> Completions { get; } = [];
        public int Done;
    }

    /// <summary>Runs the workers until <paramref name="expected"/> tasks are completed (or a worker finds nothing three times).</summary>
    private static async Task<Result> DrainAsync(int workers, int expected, Func<int, Recorder, Task> work)
    {
        var recorder = new Recorder();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => work(w, recorder))));
        watch.Stop();
        if (recorder.Done != expected)
        {
            Console.WriteLine($"  (completed {recorder.Done} of {expected})");
        }
        return new Result(recorder.Done, watch.Elapsed.TotalSeconds, [.. recorder.Fetches], [.. recorder.Completions]);
    }

    private static async Task HttpWorkerAsync(HttpClient client, string workerId, int maxTasks, Recorder recorder)
    {
        for (var empty = 0; empty < 3;)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock", new
            {
                workerId, maxTasks, topics = new[] { new { topicName = Topic, lockDuration = 60_000, variables = new[] { "decisionNumber", "projectName" } } },
            });
            response.EnsureSuccessStatusCode();
            var locked = await response.Content.ReadFromJsonAsync<JsonElement>();
            recorder.Fetches.Add(watch.Elapsed.TotalMilliseconds);
            if (locked.GetArrayLength() == 0)
            {
                empty++;
                continue;
            }
            foreach (var task in locked.EnumerateArray())
            {
                watch.Restart();
                var done = await client.PostAsJsonAsync($"/engine-rest/external-task/{task.GetProperty("id").GetString()}/complete", new
                {
                    workerId, variables = new Dictionary<string, object> { ["archiveNo"] = new { value = "LT-2026/00001", type = "String" } },
                });
                done.EnsureSuccessStatusCode();
                recorder.Completions.Add(watch.Elapsed.TotalMilliseconds);
                Interlocked.Increment(ref recorder.Done);
            }
        }
    }

    /// <summary>The hand-written queue: one locking statement per fetch, one delete and one instance update per completion.</summary>
    private static async Task RawWorkerAsync(NpgsqlDataSource dataSource, string workerId, int maxTasks, Recorder recorder)
    {
        for (var empty = 0; empty < 3;)
        {
            var watch = Stopwatch.StartNew();
            var locked = new List<(string Id, Guid InstanceId)>();
            await using (var fetch = dataSource.CreateCommand("""
                UPDATE workflow_external_tasks t SET worker_id = $1, lock_expires_at = now() + interval '60 seconds'
                WHERE t.id IN (SELECT id FROM workflow_external_tasks WHERE topic = $2 AND lock_expires_at IS NULL
                               ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED)
                RETURNING t.id, t.instance_id
                """))
            {
                fetch.Parameters.AddWithValue(workerId);
                fetch.Parameters.AddWithValue(Topic);
                fetch.Parameters.AddWithValue(maxTasks);
                await using var reader = await fetch.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    locked.Add((reader.GetString(0), reader.GetGuid(1)));
                }
            }
            recorder.Fetches.Add(watch.Elapsed.TotalMilliseconds);
            if (locked.Count == 0)
            {
                empty++;
                continue;
            }
            foreach (var (id, instanceId) in locked)
            {
                watch.Restart();
                await using var connection = await dataSource.OpenConnectionAsync();
                await using var tx = await connection.BeginTransactionAsync();
                await using (var delete = new NpgsqlCommand("DELETE FROM workflow_external_tasks WHERE id = $1 AND worker_id = $2", connection, tx))
                {
                    delete.Parameters.AddWithValue(id);
                    delete.Parameters.AddWithValue(workerId);
                    await delete.ExecuteNonQueryAsync();
                }
                await using (var end = new NpgsqlCommand("""
                    UPDATE workflow_instances SET status = 'Completed', ended_at = now(), version = version + 1,
                        variables = variables || jsonb_build_object('archiveNo', 'LT-2026/00001')
                    WHERE id = $1
                    """, connection, tx))
                {
                    end.Parameters.AddWithValue(instanceId);
                    await end.ExecuteNonQueryAsync();
                }
                await tx.CommitAsync();
                recorder.Completions.Add(watch.Elapsed.TotalMilliseconds);
                Interlocked.Increment(ref recorder.Done);
            }
        }
    }

    private sealed record Result(int Tasks, double Seconds, List<double> Fetches, List<double> Completions)
    {
        public double PerSecond => Tasks / Seconds;
        public double FetchP50 => Percentile(Fetches, 0.50);

        public static Result Combine(IReadOnlyList<Result> parts) =>
            new(parts.Sum(p => p.Tasks), parts.Sum(p => p.Seconds), [.. parts.SelectMany(p => p.Fetches)], [.. parts.SelectMany(p => p.Completions)]);

        public void Print(string mode) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode,-8} {PerSecond,8:0.0}  {FetchP50,12:0.0}  {Percentile(Fetches, 0.99),12:0.0}  {Percentile(Completions, 0.50),15:0.0}  {Percentile(Completions, 0.99),15:0.0}"));

        private static double Percentile(List<double> values, double q)
        {
            if (values.Count == 0)
            {
                return 0;
            }
            var sorted = values.Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
        }
    }
}
