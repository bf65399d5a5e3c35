using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using InvestAid.Benchmarks.Load;
using Npgsql;

namespace InvestAid.Benchmarks.Faults.Scenarios;

/// <summary>f. A second host process on the same database; two hosts race to complete the same tasks.</summary>
public sealed class TwoHostsRaceScenario : IFaultScenario
{
    private const int Count = 40;

    public string Name => "f. two hosts on one database race to complete the same tasks";

    public string Fault => "a second host on the same database; 40 open tasks, each completed by 4 concurrent requests (A and B with the same key, A and B with two other keys)";

    public string MustHold => "per task exactly one key wins (the same key gets the same receipt on both hosts); one completion in the history and one receipt per task; no 5xx";

    public async Task<bool> RunAsync(FaultContext context, List<string> figures)
    {
        var port2 = context.Int("port2", context.Port + 1);
        var (second, took) = await HostProcess.StartAsync(context.HostDll, context.ConnectionString, port2, context.LogFile, context.HostEnvironment);
        await using var _second = second;
        context.Log($"second host ready on {port2} in {took.TotalSeconds:F1} s");
        var admin = context.Client("admin");
        var key = $"faults-race-{context.Run}";
        await FaultRequests.PublishAsync(admin, FaultRequests.Wrap(key, """
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="review" name="Xem xét" ia:candidateGroups="officer" ia:outcomes="approve,reject" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            """));
        var ids = new List<Guid>();
        for (var i = 0; i < Count; i++)
        {
            var id = await FaultRequests.StartInstanceAsync(admin, key, $"race-{context.Run}-{i}");
            ids.Add(id);
            context.Acks.Instances.Add(id);
        }
        var tasks = new List<(Guid Instance, string Task)>();
        await using (var conn = new NpgsqlConnection(context.Checks))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT instance_id, id FROM workflow_tasks WHERE instance_id = ANY($1) AND status = 'Open'", conn);
            cmd.Parameters.AddWithValue(ids.ToArray());
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tasks.Add((reader.GetGuid(0), reader.GetString(1)));
            }
        }
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256 };
        var a = FaultContext.NewClient(handler, context.Host!.BaseUrl, context.Token("officer"));
        var b = FaultContext.NewClient(handler, second.BaseUrl, context.Token("officer"));
        var statuses = new ConcurrentDictionary<string, int>();
        var winnersPerTask = new ConcurrentDictionary<string, int>();
        var sameKeyMismatch = 0;
        await Task.WhenAll(tasks.Select(async t =>
        {
            var k1 = $"race-{t.Task}-k1";
            var attempts = new (HttpClient Client, string Key, string Outcome)[]
            {
                (a, k1, "approve"), (b, k1, "approve"), (a, $"race-{t.Task}-k2", "reject"), (b, $"race-{t.Task}-k3", "approve"),
            };
            var answers = await Task.WhenAll(attempts.Select(async x =>
            {
                using var response = await x.Client.SendAsync(FaultRequests.CompleteRequest(t.Task, x.Outcome, x.Key));
                var body = await response.Content.ReadAsStringAsync();
                statuses.AddOrUpdate(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                if ((int)response.StatusCode >= 500)
                {
                    context.Log($"race answer {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
                }
                return (x.Key, Status: (int)response.StatusCode, Body: body);
            }));
            var winners = answers.Where(x => x.Status == 200).Select(x => x.Key).Distinct().ToList();
            winnersPerTask[t.Task] = winners.Count;
            foreach (var group in answers.Where(x => x.Status == 200).GroupBy(x => x.Key))
            {
                if (group.Select(x => Canonical(x.Body)).Distinct().Count() > 1)
                {
                    Interlocked.Increment(ref sameKeyMismatch);
                }
            }
            if (winners.Count == 1)
            {
                context.Acks.Completions.Add(t);
            }
        }));
        var completionsPerTask = await context.ScalarAsync<long>("""
            SELECT count(*) FROM (
              SELECT t.id FROM workflow_tasks t
              LEFT JOIN workflow_history h ON h.instance_id = t.instance_id AND h.task_id = t.id AND h.ended IS NOT NULL
              WHERE t.instance_id = ANY($1) GROUP BY t.instance_id, t.id HAVING count(h.id) <> 1) wrong
            """, ids.ToArray());
        var receiptsWrong = await context.ScalarAsync<long>("""
            SELECT count(*) FROM unnest($1::uuid[]) i(id) WHERE (SELECT count(*) FROM workflow_receipts r WHERE r.instance_id = i.id) <> 1
            """, ids.ToArray());
        var notCompleted = await context.ScalarAsync<long>("SELECT count(*) FROM workflow_instances WHERE id = ANY($1) AND status <> 'Completed'", ids.ToArray());
        var consistency = await context.ConsistencyAsync();
        var oneWinner = winnersPerTask.Values.Count(v => v == 1);
        var fiveHundreds = statuses.Where(s => s.Key.StartsWith('5')).Sum(s => s.Value);
        figures.Add($"{tasks.Count} tasks, 4 concurrent completions each (host A and B with the same key, A and B with two other keys): " +
                    $"answers {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        figures.Add($"tasks with exactly one winning key: {oneWinner}/{tasks.Count}; same key answered with different receipts: {sameKeyMismatch}");
        figures.Add($"in the database: tasks whose history has ≠ 1 completion: {completionsPerTask}; instances with ≠ 1 receipt: {receiptsWrong}; instances not completed: {notCompleted}; " +
                    $"consistency violations: {consistency.Total}{consistency.Detail}");
        return tasks.Count == Count && oneWinner == Count && sameKeyMismatch == 0 && completionsPerTask == 0 && receiptsWrong == 0
               && notCompleted == 0 && consistency.Total == 0 && fiveHundreds == 0;
    }

    private static string Canonical(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
