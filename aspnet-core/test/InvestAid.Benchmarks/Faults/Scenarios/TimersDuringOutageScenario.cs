using System.Diagnostics;

namespace InvestAid.Benchmarks.Faults.Scenarios;

/// <summary>e. Timers that fall due while the host is down fire after the restart.</summary>
public sealed class TimersDuringOutageScenario : IFaultScenario
{
    private const int Count = 10;

    public string Name => "e. timers due while the host is down fire after the restart";

    public string Fault => "10 procedures waiting on a 15 s timer; the host killed before any falls due and kept down until all are due";

    public string MustHold => "after the restart all 10 timers have fired (the start-up sweep); at the end of the run each instance has exactly one task after its timer";

    public async Task<bool> RunAsync(FaultContext context, List<string> figures)
    {
        var admin = context.Client("admin");
        var key = $"faults-timer-{context.Run}";
        await FaultRequests.PublishAsync(admin, FaultRequests.Wrap(key, """
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT15S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="after" name="Sau hẹn giờ" ia:candidateGroups="officer" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="after" />
            <bpmn:sequenceFlow id="f3" sourceRef="after" targetRef="end" />
            """));
        var ids = new List<Guid>();
        for (var i = 0; i < Count; i++)
        {
            var id = await FaultRequests.StartInstanceAsync(admin, key, $"timer-{context.Run}-{i}");
            ids.Add(id);
            context.Acks.Instances.Add(id);
        }
        context.TimerInstances = [.. ids];
        await context.KillHostAsync();
        var downAt = DateTimeOffset.UtcNow;
        var dueMax = await context.ScalarAsync<DateTime>("SELECT max(due_at) FROM workflow_bookmarks WHERE kind = 'Timer' AND instance_id = ANY($1)", ids.ToArray());
        var wait = new DateTimeOffset(dueMax, TimeSpan.Zero) - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2);
        context.Log($"host killed; last timer due at {dueMax:HH:mm:ss}Z, waiting {wait.TotalSeconds:F0} s");
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
        var dueWhileDown = await context.ScalarAsync<long>(
            "SELECT count(*) FROM workflow_bookmarks WHERE kind = 'Timer' AND instance_id = ANY($1) AND due_at < now() AND due_at > $2", ids.ToArray(), downAt);
        var timersBefore = await context.ScalarAsync<long>("SELECT count(*) FROM workflow_bookmarks WHERE kind = 'Timer' AND instance_id = ANY($1)", ids.ToArray());
        var restarted = Stopwatch.StartNew();
        var ready = await context.StartHostAsync();
        long fired = 0;
        // 30 s from the host being ready (the start itself can take long on a loaded machine).
        var deadline = restarted.Elapsed + TimeSpan.FromSeconds(30);
        while (restarted.Elapsed < deadline)
        {
            fired = await context.ScalarAsync<long>("""
                SELECT count(*) FROM unnest($1::uuid[]) i(id)
                WHERE EXISTS (SELECT 1 FROM workflow_tasks t WHERE t.instance_id = i.id AND t.element_id = 'after' AND t.status = 'Open')
                  AND NOT EXISTS (SELECT 1 FROM workflow_bookmarks b WHERE b.instance_id = i.id AND b.kind = 'Timer')
                """, ids.ToArray());
            if (fired == Count)
            {
                break;
            }
            await Task.Delay(250);
        }
        var firedAfter = restarted.Elapsed;
        figures.Add($"{Count} procedures waiting on a 15 s timer, host killed before any fell due; {timersBefore} timers still waiting at the restart, {dueWhileDown} of them due while the host was down");
        figures.Add($"after the restart (ready in {ready.TotalSeconds:F1} s): {fired}/{Count} timers fired, all by {firedAfter.TotalSeconds:F1} s after the start command (start-up sweep); " +
                    "no duplicate is checked at the end of the run, after Hangfire's own delayed jobs for these timers have run too");
        return timersBefore == Count && dueWhileDown == Count && fired == Count;
    }
}
