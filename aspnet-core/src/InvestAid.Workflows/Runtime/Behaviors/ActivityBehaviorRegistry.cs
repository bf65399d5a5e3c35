using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// The behaviours an engine runs, found by node: the defaults (<see cref="Defaults"/>, the one place that lists them),
/// plus any the host adds with <see cref="Add"/>, which are asked first, so an added behaviour may take over a kind.
/// </summary>
internal sealed class ActivityBehaviorRegistry
{
    private readonly List<IActivityBehavior> added = [];
    private readonly IActivityBehavior[] defaults;

    private ActivityBehaviorRegistry(IActivityBehavior[] defaults) => this.defaults = defaults;

    /// <summary>Every element the engine supports, in the order they are asked.</summary>
    public static ActivityBehaviorRegistry Defaults(EngineServices services) => new(
    [
        new StartEventBehavior(),
        new EndEventBehavior(),
        new TimerCatchBehavior(),
        new MessageCatchBehavior(),
        new BoundaryTimerBehavior(),
        new UserTaskBehavior(),
        new MultiInstanceTaskBehavior(),
        new ServiceTaskBehavior(),
        new ScriptTaskBehavior(),
        new BusinessRuleTaskBehavior(services.Decisions),
        new CallActivityBehavior(),
        new ExclusiveGatewayBehavior(),
        new ParallelGatewayBehavior(),
        new EventBasedGatewayBehavior(),
        new InclusiveGatewayBehavior(),
        new SubProcessBehavior(),
        new PassThroughBehavior(),
        new ReceiveTaskBehavior(),
        new CatchEventBehavior(),
        new BoundaryEventBehavior(),
        new ThrowEventBehavior(),
    ]);

    /// <summary>Adds a behaviour, asked before the defaults and before those added earlier.</summary>
    public ActivityBehaviorRegistry Add(IActivityBehavior behavior)
    {
        added.Insert(0, behavior);
        return this;
    }

    public IActivityBehavior For(FlowNode node)
    {
        foreach (var behavior in added)
        {
            if (behavior.Handles(node))
            {
                return behavior;
            }
        }

        foreach (var behavior in defaults)
        {
            if (behavior.Handles(node))
            {
                return behavior;
            }
        }

        throw new InvalidOperationException($"No behaviour runs '{node.Id}' ({node.Kind}).");
    }
}
