using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

internal sealed class StartEventBehavior : ActivityBehavior<StartEvent>
{
    protected override Task ExecuteAsync(RunContext context, Token token, StartEvent node)
    {
        context.Take(token, node.Outgoing);
        return Task.CompletedTask;
    }
}
