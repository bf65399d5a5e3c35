using Hangfire;
using InvestAid.Workflows.Runtime.Effects;

namespace InvestAid.Workflows;

/// <summary>
/// Each scheduled timer becomes a Hangfire delayed job. A cancelled timer's job is left to run: it finds
/// its bookmark gone and does nothing (jobs are not tracked per bookmark yet).
/// </summary>
public sealed class HangfireWorkflowEffectHandler(IBackgroundJobClient jobs) : IWorkflowEffectHandler
{
    public Task HandleAsync(IReadOnlyList<WorkflowEffect> effects, CancellationToken cancellationToken)
    {
        foreach (var timer in effects.OfType<TimerScheduled>())
        {
            jobs.Schedule<WorkflowTimerJob>(j => j.FireAsync(timer.InstanceId, timer.BookmarkId, CancellationToken.None), timer.DueAt);
        }

        return Task.CompletedTask;
    }
}
