using InvestAid.Workflows.Runtime.Effects;

namespace InvestAid.Workflows;

/// <summary>Performs what a saved command asks of the outside world: schedule timers, notify people.</summary>
public interface IWorkflowEffectHandler
{
    Task HandleAsync(IReadOnlyList<WorkflowEffect> effects, CancellationToken cancellationToken);
}

/// <summary>
/// For processes without a job server (the database migrator seeding demo procedures): nothing is scheduled. Timers stay as the
/// instance's bookmarks, and the host's timer sweep fires each one that is due, as it does for timers due while no server ran.
/// </summary>
public sealed class DeferredWorkflowEffectHandler : IWorkflowEffectHandler
{
    public Task HandleAsync(IReadOnlyList<WorkflowEffect> effects, CancellationToken cancellationToken) => Task.CompletedTask;
}
