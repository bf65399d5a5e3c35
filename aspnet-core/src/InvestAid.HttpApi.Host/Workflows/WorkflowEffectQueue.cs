using System.Threading.Channels;
using InvestAid.Workflows.Runtime.Effects;

namespace InvestAid.Workflows;

/// <summary>
/// The request path's <see cref="IWorkflowEffectHandler"/>: a saved command's effects are queued in memory and the command
/// answers at once; <see cref="WorkflowEffectDispatcher"/> hands them to Hangfire in order, off the request path. Nothing
/// depends on the queue surviving: a timer is a bookmark saved with the command, and the minutely sweep
/// (<see cref="WorkflowTimerJob.SweepAsync"/>) fires every due timer whose delayed job was never scheduled; a delayed job
/// whose timer was cancelled finds its bookmark gone and does nothing.
/// </summary>
public sealed class WorkflowEffectQueue : IWorkflowEffectHandler
{
    private readonly Channel<IReadOnlyList<WorkflowEffect>> channel =
        Channel.CreateUnbounded<IReadOnlyList<WorkflowEffect>>(new UnboundedChannelOptions { SingleReader = true });
    private int pending;

    public Task HandleAsync(IReadOnlyList<WorkflowEffect> effects, CancellationToken cancellationToken)
    {
        if (effects.Count > 0)
        {
            Interlocked.Increment(ref pending);
            if (!channel.Writer.TryWrite(effects))
            {
                Interlocked.Decrement(ref pending);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Queued batches not yet handed over.</summary>
    public int Pending => Volatile.Read(ref pending);

    internal ChannelReader<IReadOnlyList<WorkflowEffect>> Reader => channel.Reader;

    internal void Handled(int batches) => Interlocked.Add(ref pending, -batches);

    /// <summary>Completes when everything queued so far has been handed to Hangfire (tests, and the dispatcher's stop).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (Pending > 0)
        {
            await Task.Delay(5, cancellationToken);
        }
    }
}
