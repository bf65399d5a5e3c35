using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>A token placed on a boundary event by a fired timer leaves by the event's flows.</summary>
internal sealed class BoundaryTimerBehavior : ActivityBehavior<BoundaryTimerEvent>
{
    protected override Task ExecuteAsync(RunContext context, Token token, BoundaryTimerEvent node)
    {
        context.Take(token, node.Outgoing);
        return Task.CompletedTask;
    }
}
