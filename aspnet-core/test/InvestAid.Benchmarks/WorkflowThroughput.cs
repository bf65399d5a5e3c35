using System.Diagnostics;
using System.Globalization;
using InvestAid.EntityFrameworkCore;
using InvestAid.EntityFrameworkCore.Workflows;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Parsing;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InvestAid.Benchmarks;

/// <summary>
/// Procedures per second on a real PostgreSQL: start → three user tasks completed in sequence → end, with history,
/// through WorkflowService + WorkflowStore, at 1, 8 and 32 concurrent clients; beside it a hand-written SQL baseline
/// that writes the same rows per command without the engine. Not a test: prints numbers, asserts nothing.
/// Run: INVESTAID_BENCH_PG="Host=...;Username=...;Password=..." dotnet run -c Release -- workflow-throughput [seconds-per-point] [clients,clients,...]
/// </summary>
public static class WorkflowThroughput
{
    private const string Model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ia="http://investaid.vn/schema/bpmn" id="d" targetNamespace="t">
        <bpmn:process id="bench" isExecutable="true">
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="a" ia:candidateGroups="officer" />
        <bpmn:userTask id="b" ia:candidateGroups="officer" />
        <bpmn:userTask id="c" ia:candidateGroups="officer" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="a" />
        <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b" />
        <bpmn:sequenceFlow id="f3" sourceRef="b" targetRef="c" />
        <bpmn:sequenceFlow id="f4" sourceRef="c" targetRef="end" />
        </bpmn:process>
        </bpmn:definitions>
        """;

    public static async Task RunAsync(string[] args)
    {
        var server = Environment.GetEnvironmentVariable("INVESTAID_BENCH_PG")
            ?? throw new InvalidOperationException("Set INVESTAID_BENCH_PG to a PostgreSQL connection string without a database.");
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        var points = args.Length > 1 ? args[1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray() : [1, 8, 32];
        var name = $"bench_wf_{Guid.NewGuid():N}"[..20];
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await ExecAsync(admin, $"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 64 }.ConnectionString;
        try
        {
            var options = new DbContextOptionsBuilder<InvestAidDbContext>();
            options.UseInvestAidPostgres(cs);
            await using (var db = new InvestAidDbContext(options.Options))
            {
                await db.Database.MigrateAsync();
                if (Environment.GetEnvironmentVariable("INVESTAID_BENCH_SQL") is { Length: > 0 } tuning)
                {
                    // For trying storage settings before they become a migration.
                    await db.Database.ExecuteSqlRawAsync(tuning);
                }
            }

            // The host's pool settings, for the engine and the hand-written baseline alike.
            await using var dataSource = WorkflowPersistenceServiceCollectionExtensions.CreateDataSource(cs);
            var definitions = new InMemoryDefinitionStore();
            var definition = definitions.Publish(new BpmnParser().Parse(Model));
            var store = new WorkflowStore(dataSource);
            var service = new WorkflowService(new WorkflowEngine(definitions, [], new ClockCalendar()), store, definitions);
            var actor = new Actor("bench", "officer");

            Console.WriteLine($"PostgreSQL {name}, {seconds} s per point, {Environment.ProcessorCount} cores");
            // The engine's own CPU cost: the same procedure on the in-memory store (no I/O), one client.
            var memoryStore = new InMemoryWorkflowStore();
            var memoryService = new WorkflowService(new WorkflowEngine(definitions, [], new ClockCalendar()), memoryStore, definitions);
            var memory = await MeasureAsync(1, seconds, record => ProcedureAsync(memoryService, memoryStore, definition, actor, record));
            Print("in-memory", 1, memory);
            payloads = await CapturePayloadsAsync(memoryService, memoryStore, definition, actor);
            Console.WriteLine($"baseline payloads: instance document {payloads.States.Max(j => j.Length)} chars, task {payloads.Task.Length}, receipt {payloads.Receipt.Length}");
            Console.WriteLine("mode      clients  procedures/s  commands/s  p50 ms  p99 ms  (per command)");
            foreach (var clients in points)
            {
                // Engine and baseline alternate in short slices, so a neighbour's load on the shared machine
                // falls on both alike and the ratio stays meaningful.
                var engine = new List<Result>();
                var raw = new List<Result>();
                for (var slice = 0; slice < Slices; slice++)
                {
                    engine.Add(await MeasureAsync(clients, seconds / (double)Slices, record => ProcedureAsync(service, store, definition, actor, record)));
                    raw.Add(await MeasureAsync(clients, seconds / (double)Slices, record => RawProcedureAsync(dataSource, record)));
                }

                var e = Combine(engine);
                var r = Combine(raw);
                Print("engine", clients, e);
                Print("raw-sql", clients, r);
                Console.WriteLine($"          ratio engine/raw procedures/s at {clients}: {e.PerSecond / r.PerSecond:0.00}");
            }
        }

        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task ProcedureAsync(WorkflowService service, IWorkflowStore store, WorkflowDefinition definition, Actor actor, Action<double> record)
    {
        var started = await Timed(record, () => service.StartAsync(definition, "bench"));
        var instanceId = started.Instance.Id;
        var taskId = started.Instance.Tasks.Single(t => t.Status == WorkflowTaskStatus.Open).Id;
        for (var step = 0; step < 3; step++)
        {
            // The next task is known from the completion's effects, as an API client knows it from the answer;
            // the baseline does not read between commands either.
            var receipt = await Timed(record, () => service.CompleteTaskAsync(instanceId, taskId, actor, null, null, null, Guid.NewGuid().ToString("N")));
            taskId = receipt.Effects.OfType<TaskCreated>().FirstOrDefault()?.TaskId ?? "";
        }
    }

    private const int Slices = 4;

    /// <summary>The documents the engine writes at each step of the procedure, so the baseline writes as many bytes.</summary>
    private sealed record Payloads(string[] States, string Task, string Receipt);

    private static Payloads payloads = new(["{}", "{}", "{}", "{}"], "{}", "{}");

    private static async Task<Payloads> CapturePayloadsAsync(WorkflowService service, IWorkflowStore store, WorkflowDefinition definition, Actor actor)
    {
        var states = new List<string>();
        var instance = (await service.StartAsync(definition, "bench")).Instance;
        states.Add(WorkflowJson.Serialize(instance));
        var task = WorkflowJson.Serialize(instance.Tasks[0]);
        CompletionReceipt? receipt = null;
        for (var step = 0; step < 3; step++)
        {
            receipt = await service.CompleteTaskAsync(instance.Id, instance.Tasks.Single(t => t.Status == WorkflowTaskStatus.Open).Id, actor, null, null, null, Guid.NewGuid().ToString("N"));
            instance = (await store.FindAsync(instance.Id))!;
            states.Add(WorkflowJson.Serialize(instance));
        }

        return new Payloads([.. states], task, WorkflowJson.Serialize(receipt));
    }

    private sealed record Result(double PerSecond, double CommandsPerSecond, double P50, double P99, double Seconds = 0, int Procedures = 0, double[]? Latencies = null);

    private static Result Combine(IReadOnlyList<Result> slices)
    {
        var seconds = slices.Sum(s => s.Seconds);
        var all = slices.SelectMany(s => s.Latencies!).Order().ToArray();
        return new Result(slices.Sum(s => s.Procedures) / seconds, all.Length / seconds, all[all.Length / 2], all[(int)(all.Length * 0.99)]);
    }

    private static async Task<Result> MeasureAsync(int clients, double seconds, Func<Action<double>, Task> procedure)
    {
        var latencies = new List<double>[clients];
        var done = new int[clients];
        var stop = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            latencies[c] = [];
            while (stop.Elapsed < until)
            {
                await procedure(ms => latencies[c].Add(ms));
                done[c]++;
            }
        })));
        var elapsed = stop.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(done.Sum() / elapsed, all.Length / elapsed, all[all.Length / 2], all[(int)(all.Length * 0.99)], elapsed, done.Sum(), all);
    }

    private static async Task<T> Timed<T>(Action<double> record, Func<Task<T>> command)
    {
        var watch = Stopwatch.StartNew();
        var result = await command();
        record(watch.Elapsed.TotalMilliseconds);
        return result;
    }

    private static void Print(string mode, int clients, Result r) => Console.WriteLine(
        string.Create(CultureInfo.InvariantCulture, $"{mode,-9} {clients,7}  {r.PerSecond,12:0.0}  {r.CommandsPerSecond,10:0.0}  {r.P50,6:0.00}  {r.P99,6:0.00}"));

    /// <summary>
    /// The same rows per command as the store writes (instance row with a version check, token, bookmark, tasks,
    /// history, receipt), by hand: one transaction per command, no engine, with documents as large as the engine's
    /// (captured from an engine run), so both write the same bytes.
    /// </summary>
    private static async Task RawProcedureAsync(NpgsqlDataSource dataSource, Action<double> record)
    {
        var id = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        await using (var conn = await dataSource.OpenConnectionAsync())
        await using (var tx = await conn.BeginTransactionAsync())
        {
            var batch = new NpgsqlBatch(conn, tx);
            Add(batch, "INSERT INTO workflow_instances (id, definition_key, definition_version, business_key, status, version, variables, state, started_at) VALUES ($1, 'bench', 1, 'bench', 'Running', 1, '{}'::jsonb, $3::json, $2)", id, now, payloads.States[0]);
            AddStep(batch, id, 0, now);
            await batch.ExecuteNonQueryAsync();
            await tx.CommitAsync();
        }

        record(watch.Elapsed.TotalMilliseconds);
        for (var step = 1; step <= 3; step++)
        {
            watch.Restart();
            await using var conn = await dataSource.OpenConnectionAsync();
            await using (var read = new NpgsqlCommand("SELECT state FROM workflow_instances WHERE id = $1", conn))
            {
                read.Parameters.AddWithValue(id);
                await read.ExecuteScalarAsync();
            }

            await using var tx = await conn.BeginTransactionAsync();
            var batch = new NpgsqlBatch(conn, tx);
            Add(batch, "UPDATE workflow_instances SET version = $2, state = $5::json, status = $3 WHERE id = $1 AND version = $4",
                id, step + 1, step == 3 ? "Completed" : "Running", step, payloads.States[step]);
            Add(batch, "UPDATE workflow_tasks SET status = 'Completed', closed_at = $3, completed_by = 'bench', data = $4::json WHERE instance_id = $1 AND id = $2", id, $"t{step - 1}", now, payloads.Task);
            Add(batch, "UPDATE workflow_history SET ended = $3, actor = 'bench' WHERE instance_id = $1 AND id = $2", id, $"h{step - 1}", now);
            if (step < 3)
            {
                AddStep(batch, id, step, now);
            }
            else
            {
                Add(batch, "DELETE FROM workflow_tokens WHERE instance_id = $1", id);
                Add(batch, "DELETE FROM workflow_bookmarks WHERE instance_id = $1", id);
                Add(batch, "INSERT INTO workflow_history (instance_id, id, activity_id, activity_type, started, ended) VALUES ($1, 'hend', 'end', 'endEvent', $2, $2)", id, now);
            }

            Add(batch, "INSERT INTO workflow_receipts (key, instance_id, receipt, created_at) VALUES ($1, $2, $4::json, $3)", Guid.NewGuid().ToString("N"), id, now, payloads.Receipt);
            await batch.ExecuteNonQueryAsync();
            await tx.CommitAsync();
            record(watch.Elapsed.TotalMilliseconds);
        }
    }

    private static void AddStep(NpgsqlBatch batch, Guid id, int step, DateTimeOffset now)
    {
        Add(batch, "DELETE FROM workflow_tokens WHERE instance_id = $1", id);
        Add(batch, "DELETE FROM workflow_bookmarks WHERE instance_id = $1", id);
        Add(batch, "INSERT INTO workflow_tokens (instance_id, id, element_id, status) VALUES ($1, $2, $3, 'Waiting')", id, $"k{step}", $"task{step}");
        Add(batch, "INSERT INTO workflow_bookmarks (instance_id, id, kind, element_id, task_id) VALUES ($1, $2, 'UserTask', $3, $4)", id, $"b{step}", $"task{step}", $"t{step}");
        Add(batch, "INSERT INTO workflow_tasks (instance_id, id, element_id, candidate_users, candidate_groups, outcomes, status, created_at, data) VALUES ($1, $2, $3, '{}', '{officer}', '{}', 'Open', $4, $5::json)",
            id, $"t{step}", $"task{step}", now, payloads.Task);
        Add(batch, "INSERT INTO workflow_history (instance_id, id, activity_id, activity_type, started) VALUES ($1, $2, $3, 'userTask', $4)", id, $"h{step}", $"task{step}", now);
    }

    private static void Add(NpgsqlBatch batch, string sql, params object[] values)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        batch.BatchCommands.Add(cmd);
    }

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private sealed class ClockCalendar : IBusinessCalendar
    {
        public DateTimeOffset Add(DateTimeOffset from, TimerSpec spec) => spec.Duration!.AddTo(from);
    }
}
