using System.Collections.Concurrent;
using System.Diagnostics;

namespace InvestAid.Benchmarks.Faults.Scenarios;

/// <summary>b. PostgreSQL restarted (<c>pg_ctl restart -m fast</c>) under the same traffic.</summary>
public sealed class PostgresRestartScenario : IFaultScenario
{
    public string Name => "b. PostgreSQL restart (pg_ctl restart -m fast) under traffic";

    public string Fault => "pg_ctl restart -m fast of PostgreSQL after 3 s of write traffic";

    public string MustHold => "the host is ready again without a restart of its own; every acknowledged write is present; every failure is a ProblemDetails, " +
                              "none took over 20 s or timed out, no connection was refused";

    public async Task<bool> RunAsync(FaultContext context, List<string> figures)
    {
        var outcomes = new Outcomes();
        var pending = new ConcurrentBag<PendingCompletion>();
        using var stop = new CancellationTokenSource();
        var traffic = WriteTraffic.RunAsync(context, outcomes, pending, 8, stop.Token);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = new ConcurrentDictionary<string, int>();
        using var stopHealth = new CancellationTokenSource();
        var healthPoller = Task.Run(async () =>
        {
            while (!stopHealth.IsCancellationRequested)
            {
                var status = await context.HealthAsync(http);
                health.AddOrUpdate(status, 1, (_, n) => n + 1);
                await Task.Delay(200);
            }
        });
        await Task.Delay(TimeSpan.FromSeconds(3));
        var restart = Stopwatch.StartNew();
        var (code, output) = await FaultContext.ShellAsync(context.Opt("pgrestart"));
        var restartTook = restart.Elapsed;
        context.Log($"PostgreSQL restarted ({code}) in {restartTook.TotalSeconds:F1} s {output.Trim()}");
        var readyAgain = TimeSpan.Zero;
        while (restart.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (await context.HealthAsync(http) == "200")
            {
                readyAgain = restart.Elapsed;
                break;
            }
            await Task.Delay(100);
        }
        await Task.Delay(TimeSpan.FromSeconds(4));
        await stop.CancelAsync();
        await traffic;
        await stopHealth.CancelAsync();
        await healthPoller;
        // Completions whose answer was lost (none expected: the host stays up) are retried with their key.
        await FaultRequests.RetryCompletionsAsync(context, pending, logFailures: false);
        var missing = await context.MissingAcksAsync();
        var consistency = await context.ConsistencyAsync();
        figures.Add($"{outcomes.Total} requests: {outcomes.Ok} 2xx, failures {outcomes.FailureSummary()}");
        figures.Add($"failures without a ProblemDetails body: {outcomes.Unclear}; requests over {FaultContext.HangLimit.TotalSeconds:F0} s or timed out: {outcomes.Hangs}; " +
                    $"slowest {outcomes.MaxMs / 1000:F1} s; connection errors: {outcomes.ConnectionErrors}");
        figures.Add($"pg_ctl restart took {restartTook.TotalSeconds:F1} s (exit {code}); /health/ready 200 again {readyAgain.TotalSeconds:F1} s after the restart began; " +
                    $"/health/ready answers during the scenario: {string.Join(", ", health.OrderBy(h => h.Key).Select(h => $"{h.Key}×{h.Value}"))}");
        figures.Add($"acknowledged writes missing: {missing.Total} ({missing.Detail})");
        figures.Add($"workflow consistency violations: {consistency.Total}{consistency.Detail}");
        foreach (var sample in outcomes.Samples())
        {
            figures.Add($"sample failure: {sample}");
        }
        return code == 0 && readyAgain > TimeSpan.Zero && missing.Total == 0 && consistency.Total == 0
               && outcomes.Unclear == 0 && outcomes.Hangs == 0 && outcomes.ConnectionErrors == 0 && outcomes.Ok > 0;
    }
}
