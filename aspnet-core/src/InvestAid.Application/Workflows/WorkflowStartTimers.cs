using InvestAid.Workflows.Runtime;
using Microsoft.Extensions.Logging;

namespace InvestAid.Workflows;

/// <summary>
/// Timer start events of processes, as in Camunda 7: publishing a version schedules each of its timer start events
/// (<see cref="StartTimerSchedule"/>) and drops the schedule of the key's earlier versions; retiring a version drops its own.
/// <see cref="RunDueAsync"/> (the recurring job <c>workflow-start-timers</c>, each minute) starts one instance of the version
/// per due firing, through the normal start path, with no user and no business key. Each firing is claimed in the database
/// first (<see cref="IWorkflowStartTimerStore.ClaimAsync"/>), so hosts sweeping together start it once.
/// </summary>
public sealed class WorkflowStartTimers(
    IWorkflowStartTimerStore store, IWorkflowDefinitionRepository repository, IWorkflowDefinitionStore definitions, WorkflowService workflows,
    IWorkflowEffectHandler effects, IBusinessCalendar calendar, TimeProvider clock, ILogger<WorkflowStartTimers> logger)
{
    public const string JobId = "workflow-start-timers";

    /// <summary>Tries of one firing: after the last failure an incident opens (Camunda's default of 3 job retries).</summary>
    public const int Tries = 3;

    /// <summary>The wait before the second and third try of a failed firing.</summary>
    public static TimeSpan WaitBefore(int failures) => failures <= 1 ? TimeSpan.FromMinutes(1) : TimeSpan.FromMinutes(5);

    /// <summary>Schedules the timer starts of a version just published; the key's earlier versions start no more by timer.</summary>
    public async Task ScheduleAsync(string key, int version, CancellationToken cancellationToken)
    {
        var definition = definitions.Get(key, version);
        var publishedAt = clock.GetUtcNow();
        var timers = new List<WorkflowStartTimer>();
        foreach (var (start, timer) in StartTimerSchedule.TimerStarts(definition.Process))
        {
            if (StartTimerSchedule.First(timer, publishedAt, calendar) is { } first)
            {
                timers.Add(new WorkflowStartTimer(key, version, start.Id, first.DueAt, first.Remaining));
            }
        }

        await store.ReplaceAsync(key, timers, cancellationToken);
    }

    public Task RemoveAsync(string key, int version, CancellationToken cancellationToken) => store.RemoveAsync(key, version, cancellationToken);

    /// <returns>How many instances were started.</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var started = 0;
        foreach (var due in await store.DueAsync(now, 100, cancellationToken))
        {
            WorkflowDefinition definition;
            try
            {
                definition = definitions.Get(due.Key, due.Version);
            }
            catch (DefinitionNotFoundException)
            {
                await store.ClaimAsync(due, null, cancellationToken);
                continue;
            }

            var timer = definition.Process.StartEvents.FirstOrDefault(s => s.Id == due.ElementId)?.Event?.Timer;
            var next = timer is null ? null : StartTimerSchedule.Next(timer, new StartTimerDue(due.DueAt, due.Remaining), now, calendar);
            if (!await store.ClaimAsync(due, next is null ? null : due with { DueAt = next.DueAt, Remaining = next.Remaining }, cancellationToken))
            {
                continue; // another host fired it
            }

            // A retired version (or one no longer published) starts nothing; its row is gone with this claim or the next.
            if (timer is null || await repository.FindAsync(due.Key, due.Version, cancellationToken) is not { Status: WorkflowDefinitionStatus.Published })
            {
                await store.RemoveAsync(due.Key, due.Version, cancellationToken);
                continue;
            }

            try
            {
                var result = await workflows.StartAtEventAsync(definition, due.ElementId, null, null, cancellationToken);
                await effects.HandleAsync(result.Effects, cancellationToken);
                started++;
                logger.LogInformation("Timer start {Element} of {Key} v{Version} due {Due} started instance {InstanceId}",
                    due.ElementId, due.Key, due.Version, due.DueAt, result.Instance.Id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // As a failed timer start job in Camunda: nothing of the instance is saved, the firing is tried again after a wait, and
                // after its last try an incident opens (no instance; the timer waits for an administrator's retry).
                var failures = due.Failures + 1;
                var incident = failures >= Tries ? new StartTimerIncident(Guid.CreateVersion7(), e.ToString(), now) : null;
                await store.FailedAsync(due, e.Message, incident is null ? now + WaitBefore(failures) : null, incident, cancellationToken);
                logger.LogWarning(e, "Timer start {Element} of {Key} v{Version} due {Due} failed (try {Try} of {Tries})",
                    due.ElementId, due.Key, due.Version, due.DueAt, failures, Tries);
            }
        }

        return started;
    }
}
