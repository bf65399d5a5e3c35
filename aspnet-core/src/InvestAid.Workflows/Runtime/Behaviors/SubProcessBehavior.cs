using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime.Behaviors;

/// <summary>
/// Enters an embedded sub-process: the token waits on it (its boundary events armed, its event sub-processes
/// listening) while a new token runs from the sub-process's start event; the last inner token to end completes it.
/// An event sub-process's token is placed by <see cref="EventDispatch"/> already waiting, with its start token.
/// A multi-instance sub-process runs once per element (<see cref="MultiInstanceLoop"/>): the entering token is the body,
/// with the boundary events; each instance token runs the sub-process as a scope of its own.
/// </summary>
internal sealed class SubProcessBehavior : ActivityBehavior<SubProcess>
{
    protected override Task ExecuteAsync(RunContext context, Token token, SubProcess node)
    {
        context.Wait(token);
        if (node.TriggeredByEvent)
        {
            return Task.CompletedTask;
        }

        var instance = context.IsLoopInstance(token);
        if (node.MultiInstance is { } spec && !instance)
        {
            if (MultiInstanceLoop.Begin(context, token, node, spec) is not { } state)
            {
                context.Leave(token, node);
                return Task.CompletedTask;
            }

            context.ArmBoundaries(token, node);
            for (var i = MultiInstanceLoop.FirstCount(spec, state); i > 0; i--)
            {
                MultiInstanceLoop.StartInstance(context, token, node, state, spec);
            }

            return Task.CompletedTask;
        }

        if (!instance)
        {
            context.ArmBoundaries(token, node);
        }

        context.ArmScope(node.Id, token);
        var start = context.Process.StartEventsOf(node.Id).Single(s => s.Event is null);
        context.NewToken(start.Id, null, [], token.Id);
        return Task.CompletedTask;
    }
}

/// <summary>A task, manual task or none intermediate event: the token passes.</summary>
internal sealed class PassThroughBehavior : ActivityBehavior<PassThroughTask>
{
    protected override Task ExecuteAsync(RunContext context, Token token, PassThroughTask node)
    {
        context.Leave(token, node);
        return Task.CompletedTask;
    }
}

/// <summary>Waits for the receive task's message (delivered like one to an intermediate message catch event).</summary>
internal sealed class ReceiveTaskBehavior : ActivityBehavior<ReceiveTask>
{
    protected override Task ExecuteAsync(RunContext context, Token token, ReceiveTask node)
    {
        context.Wait(token);
        context.AddBookmark(BookmarkKind.Message, node.Id, token).MessageName = node.MessageName;
        context.ArmBoundaries(token, node);
        return Task.CompletedTask;
    }
}

/// <summary>Signal and conditional catch events wait; a link catch event passes.</summary>
internal sealed class CatchEventBehavior : ActivityBehavior<CatchEvent>
{
    protected override Task ExecuteAsync(RunContext context, Token token, CatchEvent node)
    {
        switch (node.Event.Trigger)
        {
            case EventTrigger.Link:
                context.Take(token, node.Outgoing);
                break;
            case EventTrigger.Conditional when context.Services.Expressions.EvaluateCondition(node.Event.Condition!, node.Id, context.Scope()):
                context.Leave(token, node);
                break;
            default:
                context.Wait(token);
                context.Subscribe(node, node.Event, token.Id);
                break;
        }

        return Task.CompletedTask;
    }
}

/// <summary>A boundary event reached by its trigger: the token leaves by the event's flows.</summary>
internal sealed class BoundaryEventBehavior : ActivityBehavior<BoundaryEvent>
{
    protected override Task ExecuteAsync(RunContext context, Token token, BoundaryEvent node)
    {
        context.Take(token, node.Outgoing);
        return Task.CompletedTask;
    }
}

/// <summary>
/// An intermediate throw event: runs its implementation if it has one (a message throw with camunda:class and the
/// like), then broadcasts its signal, throws its escalation, or jumps to its link catch event; none passes.
/// </summary>
internal sealed class ThrowEventBehavior : ActivityBehavior<ThrowEvent>
{
    protected override async Task ExecuteAsync(RunContext context, Token token, ThrowEvent node)
    {
        if (node.Implementation is { } implementation && !await ServiceTaskBehavior.InvokeAsync(context, token, node, implementation))
        {
            return;
        }

        switch (node.Event?.Trigger)
        {
            case EventTrigger.Signal:
                context.Leave(token, node);
                EventDispatch.Signal(context, node.Event.Reference!);
                EventDispatch.AddSignalEffect(context, node.Event.Reference!);
                break;
            case EventTrigger.Escalation:
                EventDispatch.ThrowEscalation(context, token, node, node.Event.Reference, endsPath: false);
                break;
            case EventTrigger.Link:
                var target = context.Process.Nodes.Values.OfType<CatchEvent>()
                    .First(c => c.Event.Trigger == EventTrigger.Link && c.Event.Reference == node.Event.Reference && c.ScopeId == node.ScopeId);
                context.EndHistory(token.HistoryId);
                context.Enter(token, target.Id, null);
                break;
            default:
                context.Leave(token, node);
                break;
        }
    }
}
