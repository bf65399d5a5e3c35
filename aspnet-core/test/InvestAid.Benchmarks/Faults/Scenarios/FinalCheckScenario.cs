namespace InvestAid.Benchmarks.Faults.Scenarios;

/// <summary>The last check: every write acknowledged over the whole run, workflow consistency, the timers of scenario e fired once.</summary>
public sealed class FinalCheckScenario : IFaultScenario
{
    public string Name => "final: every acknowledged write of the whole run, workflow consistency";

    public string Fault => "none";

    public string MustHold => "every write acknowledged over the whole run present (files included), the consistency checks, one task after each timer, staging empty";

    public async Task<bool> RunAsync(FaultContext context, List<string> figures)
    {
        var acks = context.Acks;
        var missing = await context.MissingAcksAsync();
        var consistency = await context.ConsistencyAsync();
        var timerDuplicates = await context.ScalarAsync<long>("""
            SELECT count(*) FROM unnest($1::uuid[]) i(id) WHERE (SELECT count(*) FROM workflow_tasks t WHERE t.instance_id = i.id AND t.element_id = 'after') <> 1
            """, context.TimerInstances);
        figures.Add($"acknowledged over the run: {acks.CapitalEvents.Count} capital events, {acks.Dossiers.Count} dossiers, {acks.Completions.Count} task completions, " +
                    $"{acks.Documents.Count} documents (rows and files), {acks.Instances.Count} workflow instances; missing: {missing.Total} ({missing.Detail})");
        figures.Add($"timer instances with ≠ 1 task after the timer: {timerDuplicates}; staging files left: {context.StagingFiles()}");
        figures.Add($"workflow consistency violations: {consistency.Total}{consistency.Detail}");
        return missing.Total == 0 && consistency.Total == 0 && timerDuplicates == 0 && context.StagingFiles() == 0;
    }
}
