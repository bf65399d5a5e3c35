using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>Ends the token; a terminate end event ends every token, cancelling open tasks and timers.</summary>
internal sealed class EndEventBehavior : ActivityBehavior<EndEvent>
{
    protected override Task ExecuteAsync(RunContext context, Token token, EndEvent node)
    {
        context.Consume(token);
        if (node.Terminate)
        {
            context.CancelAllTokens();
        }

        return Task.CompletedTask;
    }
}
