using InvestAid.Workflows.Runtime.Effects;

namespace InvestAid.Workflows;

/// <summary>Performs what a saved command asks of the outside world: schedule timers, notify people.</summary>
public interface IWorkflowEffectHandler
{
    Task HandleAsync(IReadOnlyList<WorkflowEffect> effects, CancellationToken cancellationToken);
}
