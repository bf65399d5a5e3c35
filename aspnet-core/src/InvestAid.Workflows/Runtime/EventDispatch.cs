using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows.Runtime;

/// <summary>
/// What happens when an awaited trigger occurs (timer, message, signal, condition) and where thrown errors and
/// escalations are caught: boundary events of the enclosing activities and event sub-processes, innermost first.
/// </summary>
internal static class EventDispatch
{
    /// <summary>Runs the element that waited on <paramref name="bookmark"/>; the caller has removed the bookmark.</summary>
    public static void Trigger(RunContext context, Bookmark bookmark)
    {
        var node = context.Process.Node(bookmark.ElementId);
        switch (node)
        {
            case StartEvent start when start.ScopeId is not null:
                if (!start.Interrupting && start.Event?.Trigger is EventTrigger.Message or EventTrigger.Signal or EventTrigger.Conditional)
                {
                    context.Subscribe(start, start.Event, bookmark.TokenId);
                }

                StartEventSubProcess(context, start, bookmark.TokenId.Length == 0 ? null : bookmark.TokenId);
                break;
            case BoundaryTimerEvent or BoundaryEvent:
                var host = context.Instance.Tokens.Single(t => t.Id == bookmark.TokenId);
                var interrupting = node is BoundaryTimerEvent t ? t.Interrupting : ((BoundaryEvent)node).Interrupting;
                if (node is BoundaryEvent { Interrupting: false } again && again.Event.Trigger != EventTrigger.Timer)
                {
                    context.Subscribe(again, again.Event, host.Id);
                }

                FollowBoundary(context, host, node, interrupting);
                break;
            default:
                var token = context.Instance.Tokens.Single(x => x.Id == bookmark.TokenId);
                context.Current = token;
                context.CancelScope(token);
                if (token.ElementId != node.Id && context.Process.Node(token.ElementId) is EventBasedGateway gateway)
                {
                    // The first event after an event-based gateway: the others were cancelled with the gateway's waits; the
                    // token leaves the gateway by the event's flow and passes the event.
                    context.RunListeners(gateway.Listeners, "end", gateway.Id);
                    context.Pass(token, [gateway.Outgoing.First(f => f.TargetId == node.Id)]);
                    if (token.Status != TokenStatus.Active)
                    {
                        break;
                    }
                }

                context.Leave(token, node);
                break;
        }
    }

    /// <summary>Interrupting: the activity ends and its token leaves by the boundary event; otherwise a new token does.</summary>
    public static void FollowBoundary(RunContext context, Token host, FlowNode boundary, bool interrupting)
    {
        if (interrupting)
        {
            context.CancelScope(host);
            context.EndHistory(host.HistoryId);
            context.Instance.MultiInstances.RemoveAll(m => m.TokenId == host.Id);
            context.Enter(host, boundary.Id, null);
        }
        else
        {
            context.NewToken(boundary.Id, null, host.Forks, host.ScopeTokenId);
        }
    }

    /// <summary>Starts an event sub-process inside the scope of <paramref name="scopeTokenId"/> (null: the process).</summary>
    public static void StartEventSubProcess(RunContext context, StartEvent start, string? scopeTokenId)
    {
        var sub = (SubProcess)context.Process.Node(start.ScopeId!);
        if (start.Interrupting)
        {
            context.KillScope(scopeTokenId);
            // The other event sub-processes of the scope stop listening; the scope's own boundary events stay.
            foreach (var other in context.Instance.Bookmarks
                .Where(b => b.TokenId == (scopeTokenId ?? "") && context.Process.Node(b.ElementId) is StartEvent { ScopeId: not null }).ToList())
            {
                context.RemoveBookmark(other);
            }
        }

        var subToken = context.NewToken(sub.Id, null, [], scopeTokenId);
        context.Wait(subToken);
        context.NewToken(start.Id, null, [], subToken.Id);
    }

    /// <summary>
    /// Throws a BPMN error from <paramref name="token"/> standing on <paramref name="source"/>: the innermost matching
    /// error boundary event or error event sub-process catches it; uncaught, the path ends as at a none end event (Camunda's default).
    /// </summary>
    public static void ThrowError(RunContext context, Token token, FlowNode source, string? code) =>
        Propagate(context, token, source, EventTrigger.Error, code, endsPath: true);

    /// <summary>Throws an escalation; an uncaught escalation changes nothing. <paramref name="endsPath"/> for an escalation end event.</summary>
    public static void ThrowEscalation(RunContext context, Token token, FlowNode source, string? code, bool endsPath) =>
        Propagate(context, token, source, EventTrigger.Escalation, code, endsPath);

    private static void Propagate(RunContext context, Token token, FlowNode source, EventTrigger trigger, string? code, bool endsPath)
    {
        bool Matches(EventDefinition? d) => d is not null && d.Trigger == trigger && (d.Reference is null || d.Reference == code);

        // The activity that threw (a service task) may carry the boundary event itself.
        var candidate = source.Boundaries.OfType<BoundaryEvent>().FirstOrDefault(b => Matches(b.Event));
        if (candidate is not null)
        {
            Catch(context, token, token, candidate, endsPath);
            return;
        }

        var scopeTokenId = token.ScopeTokenId;
        while (true)
        {
            var scopeToken = scopeTokenId is null ? null : context.Instance.Tokens.Find(t => t.Id == scopeTokenId);
            var scopeId = scopeToken?.ElementId;
            // A multi-instance body is no scope of its own: its instances hold the event sub-processes, it the boundary events.
            var body = scopeToken is not null && context.LoopOf(scopeToken) is not null;
            var start = body ? null : context.Process.EventSubProcessesOf(scopeId)
                .Select(s => context.Process.StartEventsOf(s.Id).Single())
                .FirstOrDefault(s => Matches(s.Event));
            if (start is not null)
            {
                if (endsPath || start.Interrupting)
                {
                    context.CancelScope(token);
                    if (context.Instance.Tokens.Contains(token))
                    {
                        context.Consume(token);
                    }
                }

                StartEventSubProcess(context, start, scopeTokenId);
                return;
            }

            if (scopeToken is null)
            {
                break;
            }

            var boundary = context.IsLoopInstance(scopeToken) ? null
                : context.Process.Node(scopeToken.ElementId).Boundaries.OfType<BoundaryEvent>().FirstOrDefault(b => Matches(b.Event));
            if (boundary is not null)
            {
                Catch(context, token, scopeToken, boundary, endsPath);
                return;
            }

            scopeTokenId = scopeToken.ScopeTokenId;
        }

        // Uncaught.
        if (endsPath)
        {
            context.CancelScope(token);
            context.EndToken(token);
        }
        else
        {
            context.Leave(token, source);
        }
    }

    private static void Catch(RunContext context, Token thrower, Token host, BoundaryEvent boundary, bool endsPath)
    {
        if (boundary.Interrupting)
        {
            FollowBoundary(context, host, boundary, interrupting: true);
            if (thrower != host && context.Instance.Tokens.Contains(thrower))
            {
                context.Consume(thrower);
            }

            return;
        }

        FollowBoundary(context, host, boundary, interrupting: false);
        if (endsPath)
        {
            context.EndToken(thrower);
        }
        else
        {
            context.Leave(thrower, context.Process.Node(thrower.ElementId));
        }
    }

    /// <summary>Every element of the instance waiting for the signal runs; the caller broadcasts it further.</summary>
    public static void Signal(RunContext context, string name)
    {
        foreach (var bookmark in context.Instance.Bookmarks.Where(b => b.Kind == BookmarkKind.Signal && b.MessageName == name).ToList())
        {
            if (context.Instance.Bookmarks.Remove(bookmark))
            {
                Trigger(context, bookmark);
            }
        }
    }

    /// <summary>Conditional events whose condition now holds run; each is evaluated once per command.</summary>
    public static bool FireConditions(RunContext context)
    {
        var fired = false;
        foreach (var bookmark in context.Instance.Bookmarks.Where(b => b.Kind == BookmarkKind.Conditional).ToList())
        {
            if (!context.Instance.Bookmarks.Contains(bookmark))
            {
                continue;
            }

            var node = context.Process.Node(bookmark.ElementId);
            var condition = node switch
            {
                CatchEvent c => c.Event.Condition,
                BoundaryEvent b => b.Event.Condition,
                StartEvent s => s.Event?.Condition,
                _ => null,
            };
            if (condition is not null && context.Services.Expressions.EvaluateCondition(condition, node.Id, context.Scope()))
            {
                context.Instance.Bookmarks.Remove(bookmark);
                Trigger(context, bookmark);
                fired = true;
            }
        }

        return fired;
    }

    public static void AddSignalEffect(RunContext context, string name) => context.Effects.Add(new SignalThrown(context.Instance.Id, name));
}
