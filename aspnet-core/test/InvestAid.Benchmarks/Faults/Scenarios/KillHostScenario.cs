using System.Collections.Concurrent;
using System.Diagnostics;

namespace InvestAid.Benchmarks.Faults.Scenarios;

/// <summary>a. kill -9 of the host under write and workflow traffic, then a restart.</summary>
public sealed class KillHostScenario : IFaultScenario
{
    public string Name => "a. kill -9 of the host under write and workflow traffic";

    public string Fault => "kill -9 of the host after 6 s of write traffic (8 users), then a restart";

    public string MustHold => "every acknowledged write is in the database; the completions the kill cut, sent again with the same key, all answer 2xx; no workflow inconsistency";

    public async Task<bool> RunAsync(FaultContext context, List<string> figures)
    {
        var acksBefore = context.Acks.Count;
        var outcomes = new Outcomes();
        var pending = new ConcurrentBag<PendingCompletion>();
        using var stop = new CancellationTokenSource();
        var traffic = WriteTraffic.RunAsync(context, outcomes, pending, 8, stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(6));
        var inFlight = outcomes.InFlight;
        var killed = Stopwatch.StartNew();
        await context.KillHostAsync();
        context.Log($"host killed with {inFlight} request(s) in flight");
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await traffic;
        var ready = await context.StartHostAsync();
        var back = killed.Elapsed;
        context.Log($"host ready again {back.TotalSeconds:F1} s after the kill (start → ready {ready.TotalSeconds:F1} s)");

        // The completions cut by the kill, sent again with the same Idempotency-Key: the stored answer, or done now — never twice.
        var (retried, retriedOk) = await FaultRequests.RetryCompletionsAsync(context, pending, logFailures: true);
        var missing = await context.MissingAcksAsync();
        var consistency = await context.ConsistencyAsync();
        figures.Add($"{outcomes.Ok} writes acknowledged in {outcomes.Total} requests before/around the kill ({context.Acks.Count - acksBefore} acknowledged ids), {inFlight} in flight at the kill, " +
                    $"{outcomes.ConnectionErrors} cut or refused");
        figures.Add($"host ready again {back.TotalSeconds:F1} s after the kill (start → ready {ready.TotalSeconds:F1} s)");
        figures.Add($"completions cut by the kill retried with their Idempotency-Key: {retriedOk}/{retried} answered 2xx");
        figures.Add($"acknowledged writes missing: {missing.Total} ({missing.Detail})");
        figures.Add($"workflow consistency violations: {consistency.Total}{consistency.Detail}");
        return missing.Total == 0 && consistency.Total == 0 && retriedOk == retried && outcomes.Ok > 0;
    }
}
