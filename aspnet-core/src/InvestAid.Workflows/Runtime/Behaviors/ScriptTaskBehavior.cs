using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

internal sealed class ScriptTaskBehavior : ActivityBehavior<ScriptTask>
{
    protected override Task ExecuteAsync(RunContext context, Token token, ScriptTask node)
    {
        var set = context.Services.Scripts.Run(node.Script, node.Id, context.Scope());
        context.SetVariables(set);
        context.Leave(token, node);
        return Task.CompletedTask;
    }
}
