using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// Ends the token. A terminate end event ends every token of its scope (the whole instance at process level,
/// else the sub-process, which then completes); error and escalation end events throw; a signal end event broadcasts.
/// </summary>
internal sealed class EndEventBehavior : ActivityBehavior<EndEvent>
{
    protected override async Task ExecuteAsync(RunContext context, Token token, EndEvent node)
    {
        if (node.Implementation is { } implementation && !await ServiceTaskBehavior.InvokeAsync(context, token, node, implementation))
        {
            return;
        }

        switch (node.Event?.Trigger)
        {
            case EventTrigger.Error:
                EventDispatch.ThrowError(context, token, node, node.Event.Reference);
                return;
            case EventTrigger.Escalation:
                EventDispatch.ThrowEscalation(context, token, node, node.Event.Reference, endsPath: true);
                return;
            case EventTrigger.Signal:
                context.EndToken(token);
                EventDispatch.Signal(context, node.Event.Reference!);
                EventDispatch.AddSignalEffect(context, node.Event.Reference!);
                return;
        }

        if (!node.Terminate)
        {
            context.EndToken(token);
        }
        else if (token.ScopeTokenId is null)
        {
            context.Consume(token);
            context.CancelAllTokens();
        }
        else
        {
            context.Consume(token);
            context.KillScope(token.ScopeTokenId);
            context.CompleteScopeIfDone(token.ScopeTokenId);
        }
    }
}
