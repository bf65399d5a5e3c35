using Hangfire;
using InvestAid.Workflows.Runtime.Effects;

namespace InvestAid.Workflows;

/// <summary>
/// Each scheduled timer becomes a Hangfire delayed job (an asynchronous continuation's job an enqueued one), remembered per bookmark (<see cref="IWorkflowTimerJobStore"/>);
/// a cancelled timer (task done, interrupting boundary fired, instance cancelled or ended) deletes its job, so
/// Hangfire's queue holds only timers that can still fire. A job that runs anyway (deleted too late) finds its
/// bookmark gone and does nothing.
/// </summary>
public sealed class HangfireWorkflowEffectHandler(IBackgroundJobClient jobs, IWorkflowTimerJobStore timerJobs) : IWorkflowEffectHandler
{
    public async Task HandleAsync(IReadOnlyList<WorkflowEffect> effects, CancellationToken cancellationToken)
    {
        var cancelled = effects.OfType<TimerCancelled>().ToList();
        var scheduled = effects.OfType<TimerScheduled>().ToList();
        var continued = effects.OfType<JobScheduled>().ToList();
        var retried = effects.OfType<JobRetried>().ToList();
        if (cancelled.Count == 0 && scheduled.Count == 0 && continued.Count == 0 && retried.Count == 0)
        {
            return;
        }

        if (cancelled.Count > 0)
        {
            foreach (var jobId in await timerJobs.ForgetAsync([.. cancelled.Select(c => new WorkflowTimerRef(c.InstanceId, c.BookmarkId))], cancellationToken))
            {
                jobs.Delete(jobId);
            }
        }

        var remembered = new List<WorkflowTimerJobEntry>();
        foreach (var timer in scheduled)
        {
            var jobId = jobs.Schedule<WorkflowTimerJob>(j => j.FireAsync(timer.InstanceId, timer.BookmarkId, CancellationToken.None), timer.DueAt);
            remembered.Add(new(timer.InstanceId, timer.BookmarkId, jobId, timer.DueAt));
        }

        // An asynchronous continuation runs at once, on the timers' path (a lost enqueue is fired by the sweep).
        foreach (var job in continued)
        {
            var jobId = jobs.Enqueue<WorkflowTimerJob>(j => j.FireAsync(job.InstanceId, job.BookmarkId, CancellationToken.None));
            remembered.Add(new(job.InstanceId, job.BookmarkId, jobId, job.DueAt));
        }

        // A retried incident's job runs at once too, with the tries the administrator gave it.
        foreach (var job in retried)
        {
            var jobId = jobs.Enqueue<WorkflowTimerJob>(j => j.FireAsync(job.InstanceId, job.BookmarkId, CancellationToken.None));
            remembered.Add(new(job.InstanceId, job.BookmarkId, jobId, job.DueAt, KeepsRetries: true));
        }
        await timerJobs.RememberAsync(remembered, cancellationToken);
    }
}
