using InvestAid.EntityFrameworkCore.Notifications;
using InvestAid.Notifications;
using InvestAid.Workflows.Incidents;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Workflows;

/// <summary>
/// Hangfire's side of timers and asynchronous continuations (<c>camunda:asyncBefore</c>/<c>asyncAfter</c>, bookmarks of kind Job):
/// <see cref="FireAsync"/> is the delayed job of one timer, or the job of one continuation; <see cref="SweepAsync"/> fires every open
/// timer already due and every waiting continuation (run each minute and at start-up, for jobs due while no server ran or whose enqueue was lost).
/// Firing is idempotent: a timer whose bookmark is gone, or whose instance ended, changes nothing.
/// A firing that fails (a script or expression on the path after the timer) saves nothing and is a failed try of the job,
/// as in Camunda: tried again per the element's <c>camunda:failedJobRetryTimeCycle</c> (default 3 tries), then an incident
/// opens at the timer (or the continuation's element), the instance waits there and administrators are notified (<see cref="IWorkflowIncidentStore"/>).
/// </summary>
public sealed class WorkflowTimerJob(
    WorkflowService workflows, IWorkflowEffectHandler effects, IWorkflowTimerJobStore timerJobs, TimeProvider clock, ILogger<WorkflowTimerJob> logger,
    IWorkflowStore store, IWorkflowDefinitionStore definitions, IWorkflowIncidentStore incidents, StepNames steps, ReminderRecipientResolver recipients, ReminderWriter notices)
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
        catch (Exception e) when (e is not ConcurrencyException and not OperationCanceledException)
        {
            await FailedAsync(instanceId, bookmarkId, e, cancellationToken);
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

    /// <summary>Counts the failed try; when it was the last, opens the incident and tells the administrators.</summary>
    private async Task FailedAsync(Guid instanceId, string bookmarkId, Exception error, CancellationToken cancellationToken)
    {
        var instance = await store.FindAsync(instanceId, cancellationToken);
        var bookmark = instance?.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        if (instance is null || bookmark is null)
        {
            logger.LogWarning(error, "Timer {BookmarkId} of {InstanceId} failed and is gone", bookmarkId, instanceId);
            return;
        }

        Bpmn.FlowNode? node = null;
        try
        {
            node = definitions.Get(instance.DefinitionKey, instance.DefinitionVersion).Process.Nodes.GetValueOrDefault(bookmark.ElementId);
        }
        catch (DefinitionNotFoundException)
        {
        }

        var failedElement = error is ScriptException script ? script.ElementId : null;
        var failure = new JobFailure(instanceId, bookmarkId, instance.DefinitionKey, instance.DefinitionVersion, instance.BusinessKey, bookmark.ElementId,
            failedElement, error.Message, error.ToString());
        var now = clock.GetUtcNow();
        var (tries, waitBefore) = JobRetryPolicy.Schedule(node?.FailedJobRetryTimeCycle);
        var outcome = await incidents.JobFailedAsync(failure, tries, waitBefore, now, cancellationToken);
        logger.LogWarning(error, "Job {BookmarkId} of {InstanceId} failed at {Element}; {Left} tries left", bookmarkId, instanceId, failedElement ?? bookmark.ElementId, outcome.RetriesLeft);
        if (outcome.IncidentId is not { } incidentId)
        {
            return;
        }

        var admins = await recipients.StaffAsync([Identity.RoleNames.Admin], cancellationToken);
        var text = NotificationTemplates.WorkflowIncident(steps.ProcedureOf(instance.DefinitionKey, instance.DefinitionVersion),
            steps.Of(instance.DefinitionKey, instance.DefinitionVersion, bookmark.ElementId, null) ?? bookmark.ElementId, instance.BusinessKey, error.Message);
        await notices.WriteAsync([new ReminderItem($"workflow-incident:{incidentId}", NotificationKinds.WorkflowIncident, incidentId, null, text,
            "/admin/operations", admins)], now, cancellationToken);
    }
}
