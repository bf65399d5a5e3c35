using InvestAid.Workflows.Runtime;

namespace InvestAid.Workflows;

/// <summary>
/// Hangfire's side of timers: <see cref="FireAsync"/> is the delayed job of one timer; <see cref="SweepAsync"/>
/// fires every open timer already due (run each minute and at start-up, for timers due while no server ran).
/// Firing is idempotent: a timer whose bookmark is gone, or whose instance ended, changes nothing.
/// </summary>
public sealed class WorkflowTimerJob(
    WorkflowService workflows, IWorkflowEffectHandler effects, IWorkflowTimerJobStore timerJobs, TimeProvider clock, ILogger<WorkflowTimerJob> logger)
{
    public async Task FireAsync(Guid instanceId, string bookmarkId, CancellationToken cancellationToken)
    {
        try
        {
            var result = await workflows.FireTimerAsync(instanceId, bookmarkId, cancellationToken);
            await effects.HandleAsync(result.Effects, cancellationToken);
            if (result.Changed)
            {
                // A fired timer's bookmark is gone for good; so is its job's row.
                await timerJobs.ForgetAsync([new WorkflowTimerRef(instanceId, bookmarkId)], cancellationToken);
            }
        }
        catch (Exception e) when (e is InstanceNotFoundException or WorkflowNotRunningException)
        {
            logger.LogInformation("Timer {BookmarkId} of {InstanceId} is no longer wanted: {Reason}", bookmarkId, instanceId, e.Message);
        }
    }

    /// <returns>How many due timers were fired.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var due = await timerJobs.DueTimersAsync(clock.GetUtcNow(), 1000, cancellationToken);

        foreach (var (instanceId, bookmarkId) in due)
        {
            try
            {
                await FireAsync(instanceId, bookmarkId, cancellationToken);
            }
            catch (ConcurrencyException)
            {
                // Another node or the delayed job fired it (or another command moved the instance): the next sweep sees.
            }
        }

        return due.Count;
    }
}
