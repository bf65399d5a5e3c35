using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

namespace InvestAid.Benchmarks.Faults;

/// <summary>A task completion sent whose answer never came (connection cut or timed out), to be sent again with the same key.</summary>
public sealed record PendingCompletion(string User, string TaskId, string? Outcome, string Key, string? ElementId);

/// <summary>The write traffic of scenarios a and b: officers record capital events; dossiers are started and their tasks completed by their groups to the end.</summary>
public static class WriteTraffic
{
    private static readonly Dictionary<string, string> GroupUsers = new()
    {
        ["officer"] = "officer", ["agency:STC"] = "agency.finance", ["leader"] = "leader",
    };

    public static Task RunAsync(FaultContext context, Outcomes rec, ConcurrentBag<PendingCompletion> pending, int workers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var rng = new Random(worker * 31 + context.ScenariosRun);
            var today = FaultRequests.Today;
            Guid? dossier = null;
            while (!stop.IsCancellationRequested)
            {
                if (rng.Next(100) < 40)
                {
                    var project = context.Seeder!.Fdi[rng.Next(context.Seeder.Fdi.Count)];
                    var created = await rec.SendAsync(context.Client("officer"), () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/projects/{project}/capital-events")
                    {
                        Content = JsonContent.Create(new { type = "Adjustment", effectiveDate = today, capitalChangeUsd = 1000m + rng.Next(1000), note = "kiểm thử lỗi" }),
                    });
                    if (created is { } e)
                    {
                        context.Acks.CapitalEvents.Add(e.GetProperty("id").GetGuid());
                    }
                    continue;
                }
                if (dossier is null)
                {
                    if (!context.FreshNgo.TryDequeue(out var project))
                    {
                        await Task.Delay(100);
                        continue;
                    }
                    var started = await rec.SendAsync(context.Client("officer"), () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/projects/{project}/dossiers")
                    {
                        Content = JsonContent.Create(FaultRequests.StartDossierBody(today)),
                    });
                    if (started is { } d)
                    {
                        dossier = d.GetProperty("id").GetGuid();
                        context.Acks.Dossiers.Add(dossier.Value);
                        context.Acks.Instances.Add(d.GetProperty("workflowInstanceId").GetGuid());
                    }
                    continue;
                }
                var current = await rec.SendAsync(context.Client("officer"), () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dossiers/{dossier}"), write: false);
                if (current is not { } c)
                {
                    continue;
                }
                var open = c.GetProperty("tasks").EnumerateArray().FirstOrDefault(t => t.GetProperty("status").GetString() == "Open");
                if (open.ValueKind != JsonValueKind.Object)
                {
                    dossier = null;
                    continue;
                }
                var group = open.GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()!).FirstOrDefault(GroupUsers.ContainsKey) ?? "officer";
                var user = GroupUsers[group];
                var outcome = open.GetProperty("outcomes").EnumerateArray().Select(x => x.GetString()).FirstOrDefault();
                var taskId = open.GetProperty("id").GetString()!;
                var element = open.GetProperty("elementId").GetString();
                var key = Guid.NewGuid().ToString("N");
                var receipt = await rec.SendAsync(context.Client(user), () => FaultRequests.CompleteRequest(taskId, outcome, key, element),
                    onCut: () => pending.Add(new(user, taskId, outcome, key, element)));
                if (receipt is { } r)
                {
                    context.Acks.Completions.Add((r.GetProperty("instanceId").GetGuid(), r.GetProperty("taskId").GetString()!));
                }
            }
        }));
}
