using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>Takes the first outgoing flow (document order) whose condition holds, else the default.</summary>
internal sealed class ExclusiveGatewayBehavior : ActivityBehavior<ExclusiveGateway>
{
    protected override Task ExecuteAsync(RunContext context, Token token, ExclusiveGateway node)
    {
        var scope = context.Scope();
        var chosen = node.Outgoing.FirstOrDefault(f => f.Id != node.DefaultFlowId && context.Holds(f, scope))
            ?? node.Outgoing.FirstOrDefault(f => f.Id == node.DefaultFlowId);
        if (chosen is null)
        {
            context.Fault(token, $"Exclusive gateway '{node.Id}': no outgoing condition is true and there is no default flow.");
        }
        else
        {
            context.Take(token, [chosen]);
        }

        return Task.CompletedTask;
    }
}
