using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Parsing;

/// <summary>
/// Graph rules a well-formed XML file can still break: reachability, gateway flows, start events. An element
/// already reported while reading is not reported again through its consequences (unreachable successors).
/// </summary>
internal static class ModelValidator
{
    public static void Validate(BpmnProcess process, List<BpmnValidationError> errors)
    {
        var failed = process.FailedElements;
        bool ViaFailed(FlowNode node) => failed.Contains(node.Id + "#via-failed");
        void Error(FlowNode node, string message) => errors.Add(new BpmnValidationError(node.Id, node.Line, message));

        if (!process.StartEvents.Any(s => s.Event is null || s.Event.Trigger is EventTrigger.Message or EventTrigger.Timer or EventTrigger.Signal or EventTrigger.Conditional))
        {
            errors.Add(new BpmnValidationError(process.Key, process.Line, "The process has no start event."));
        }

        foreach (var node in process.Nodes.Values)
        {
            switch (node)
            {
                case StartEvent when node.Incoming.Count > 0:
                    Error(node, "A start event cannot have incoming flows.");
                    break;
                case StartEvent or BoundaryTimerEvent or BoundaryEvent or SubProcess { TriggeredByEvent: true }:
                    break;
                case CatchEvent { Event.Trigger: EventTrigger.Link }:
                    break;
                case { Incoming.Count: 0 } when !ViaFailed(node):
                    Error(node, "The element has no incoming sequence flow.");
                    break;
            }

            if (node is EndEvent && node.Outgoing.Count > 0)
            {
                Error(node, "An end event cannot have outgoing flows.");
            }

            if (node is SubProcess sub)
            {
                var starts = process.StartEventsOf(sub.Id).ToList();
                foreach (var triggered in starts.Where(s => !sub.TriggeredByEvent && s.Event is not null))
                {
                    Error(triggered, "A start event inside an embedded sub-process cannot have a trigger (as in Camunda); only event sub-processes start on events.");
                }

                if (!sub.TriggeredByEvent && starts.Count(s => s.Event is null) != 1 && starts.All(s => s.Event is null))
                {
                    Error(node, "An embedded sub-process needs exactly one none start event.");
                }
                else if (sub.TriggeredByEvent && (starts.Count != 1 || starts[0].Event is null))
                {
                    Error(node, "An event sub-process needs exactly one start event with a trigger (timer, message, signal, error, escalation or condition).");
                }
                else if (sub.TriggeredByEvent && (node.Incoming.Count > 0 || node.Outgoing.Count > 0))
                {
                    Error(node, "An event sub-process cannot have sequence flows.");
                }
            }

            if (node is ThrowEvent { Event: { Trigger: EventTrigger.Link } link }
                && !process.Nodes.Values.Any(n => n is CatchEvent { Event.Trigger: EventTrigger.Link } c && c.Event.Reference == link.Reference && c.ScopeId == node.ScopeId))
            {
                Error(node, $"No link catch event named '{link.Reference}' in the same scope.");
            }

            if (node is ExclusiveGateway or InclusiveGateway or ParallelGateway or EventBasedGateway && node.Outgoing.Count == 0 && !failed.Contains(node.Id + "#out-failed"))
            {
                Error(node, "The gateway has no outgoing sequence flow.");
            }

            if (node is EventBasedGateway)
            {
                foreach (var flow in node.Outgoing)
                {
                    var target = process.Nodes[flow.TargetId];
                    if (target is not (TimerCatchEvent or MessageCatchEvent or ReceiveTask or CatchEvent { Event.Trigger: EventTrigger.Signal or EventTrigger.Conditional }))
                    {
                        Error(node, $"The flow '{flow.Id}' of an event-based gateway leads to '{target.Id}' ({target.Kind}); it must lead to an intermediate message, timer, signal or conditional catch event or a receive task.");
                    }
                    else if (flow.Condition is not null)
                    {
                        Error(node, $"The flow '{flow.Id}' leaves an event-based gateway and cannot have a condition: the event that occurs first chooses the path.");
                    }
                    else if (target.Incoming.Count > 1)
                    {
                        Error(target, $"The event follows the event-based gateway '{node.Id}' and can have no other incoming sequence flow ({string.Join(", ", target.Incoming.Where(f => f != flow).Select(f => $"'{f.Id}'"))}).");
                    }
                }
            }

            if (node is BoundaryTimerEvent or BoundaryEvent { Event.Trigger: not EventTrigger.Compensation } && node.Outgoing.Count == 0)
            {
                Error(node, "The boundary event has no outgoing sequence flow.");
            }

            var defaultFlow = node switch
            {
                ExclusiveGateway g => g.DefaultFlowId,
                InclusiveGateway g => g.DefaultFlowId,
                _ => null,
            };
            if (defaultFlow is not null && node.Outgoing.All(f => f.Id != defaultFlow) && !failed.Contains(defaultFlow))
            {
                Error(node, $"The default flow '{defaultFlow}' is not an outgoing flow of this gateway.");
            }

            // A flow without a condition leaving an exclusive or inclusive gateway is valid in Camunda: its condition is true.
        }

        ReportUnreachable(process, errors);
    }

    private static void ReportUnreachable(BpmnProcess process, List<BpmnValidationError> errors)
    {
        var failed = process.FailedElements;
        var seen = new HashSet<string>();
        var queue = new Queue<FlowNode>(process.StartEvents.Concat<FlowNode>(process.EventSubProcessesOf(null))
            .Concat(process.Nodes.Values.Where(n => failed.Contains(n.Id + "#via-failed"))));
        while (queue.TryDequeue(out var node))
        {
            if (!seen.Add(node.Id))
            {
                continue;
            }

            var next = node.Outgoing.Select(f => process.Nodes[f.TargetId]).Concat(node.Boundaries);
            if (node is SubProcess)
            {
                next = next.Concat(process.StartEventsOf(node.Id)).Concat(process.EventSubProcessesOf(node.Id));
            }

            if (node is ThrowEvent { Event: { Trigger: EventTrigger.Link } link })
            {
                next = next.Concat(process.Nodes.Values.Where(n => n is CatchEvent { Event.Trigger: EventTrigger.Link } c && c.Event.Reference == link.Reference && c.ScopeId == node.ScopeId));
            }

            foreach (var n in next)
            {
                queue.Enqueue(n);
            }
        }

        // A node without incoming flows is reported once, above, not again as unreachable; nor is a boundary event of
        // a reported activity, nor anything inside a scope that is itself unreachable.
        foreach (var node in process.Nodes.Values.Where(n => !seen.Contains(n.Id)
            && (n.Incoming.Count > 0 || n is BoundaryTimerEvent or BoundaryEvent)
            && !failed.Contains(n.Id)
            && (n.ScopeId is null || seen.Contains(n.ScopeId))))
        {
            var host = node switch { BoundaryTimerEvent t => t.AttachedToId, BoundaryEvent b => b.AttachedToId, _ => null };
            if (host is not null && !seen.Contains(host))
            {
                continue;
            }

            errors.Add(new BpmnValidationError(node.Id, node.Line, "The element cannot be reached from a start event."));
        }
    }
}
