using InvestAid.Workflows.Runtime.Effects;

namespace InvestAid.Workflows;

/// <summary>
/// Hands the queued effects of saved commands (<see cref="WorkflowEffectQueue"/>) to <see cref="HangfireWorkflowEffectHandler"/>,
/// one reader, in the order the commands saved them, as many batches at a time as are waiting. A timer scheduled and
/// cancelled within what is waiting (a task done seconds after it opened) costs Hangfire nothing. A failure is logged and
/// left to the minutely timer sweep.
/// </summary>
public sealed class WorkflowEffectDispatcher(WorkflowEffectQueue queue, HangfireWorkflowEffectHandler hangfire, ILogger<WorkflowEffectDispatcher> logger)
    : BackgroundService
{
    private const int MaxBatches = 256;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await DispatchWaitingAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: hand over what is already queued, then stop.
            while (queue.Pending > 0 && queue.Reader.TryPeek(out _))
            {
                await DispatchWaitingAsync();
            }
        }
    }

    private async Task DispatchWaitingAsync()
    {
        var effects = new List<WorkflowEffect>();
        var batches = 0;
        while (batches < MaxBatches && queue.Reader.TryRead(out var batch))
        {
            effects.AddRange(batch);
            batches++;
        }

        try
        {
            await hangfire.HandleAsync(WithoutShortLivedTimers(effects), CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Scheduling workflow timers failed for {Count} effect(s); the timer sweep fires them when due", effects.Count);
        }
        finally
        {
            queue.Handled(batches);
        }
    }

    /// <summary>Drops each timer that is both scheduled and cancelled among <paramref name="effects"/> (a bookmark is scheduled once, before any cancel).</summary>
    internal static IReadOnlyList<WorkflowEffect> WithoutShortLivedTimers(IReadOnlyList<WorkflowEffect> effects)
    {
        var scheduled = effects.OfType<TimerScheduled>().Select(t => (t.InstanceId, t.BookmarkId)).ToHashSet();
        var both = effects.OfType<TimerCancelled>().Select(t => (t.InstanceId, t.BookmarkId)).Where(scheduled.Contains).ToHashSet();
        return both.Count == 0
            ? effects
            : [.. effects.Where(e => e switch
            {
                TimerScheduled s => !both.Contains((s.InstanceId, s.BookmarkId)),
                TimerCancelled c => !both.Contains((c.InstanceId, c.BookmarkId)),
                _ => true,
            })];
    }
}
