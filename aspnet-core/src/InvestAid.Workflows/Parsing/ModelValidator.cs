using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Parsing;

/// <summary>Graph rules a well-formed XML file can still break: reachability, gateway flows, start events.</summary>
internal static class ModelValidator
{
    public static void Validate(BpmnProcess process, List<BpmnValidationError> errors)
    {
        void Error(FlowNode node, string message) => errors.Add(new BpmnValidationError(node.Id, node.Line, message));

        if (!process.StartEvents.Any())
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
                case StartEvent or BoundaryTimerEvent:
                    break;
                case { Incoming.Count: 0 }:
                    Error(node, "The element has no incoming sequence flow.");
                    break;
            }

            if (node is EndEvent && node.Outgoing.Count > 0)
            {
                Error(node, "An end event cannot have outgoing flows.");
            }

            if (node is ExclusiveGateway or InclusiveGateway or ParallelGateway && node.Outgoing.Count == 0)
            {
                Error(node, "The gateway has no outgoing sequence flow.");
            }

            if (node is BoundaryTimerEvent && node.Outgoing.Count == 0)
            {
                Error(node, "The boundary event has no outgoing sequence flow.");
            }

            var defaultFlow = node switch
            {
                ExclusiveGateway g => g.DefaultFlowId,
                InclusiveGateway g => g.DefaultFlowId,
                _ => null,
            };
            if (defaultFlow is not null && node.Outgoing.All(f => f.Id != defaultFlow))
            {
                Error(node, $"The default flow '{defaultFlow}' is not an outgoing flow of this gateway.");
            }

            if (node is ExclusiveGateway or InclusiveGateway && node.Outgoing.Count > 1)
            {
                foreach (var flow in node.Outgoing.Where(f => f.Condition is null && f.Id != defaultFlow))
                {
                    errors.Add(new BpmnValidationError(flow.Id, flow.Line, $"The flow leaves gateway '{node.Id}' without a condition and is not its default flow."));
                }
            }
        }

        ReportUnreachable(process, errors);
    }

    private static void ReportUnreachable(BpmnProcess process, List<BpmnValidationError> errors)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<FlowNode>(process.StartEvents);
        while (queue.TryDequeue(out var node))
        {
            if (!seen.Add(node.Id))
            {
                continue;
            }

            foreach (var next in node.Outgoing.Select(f => process.Nodes[f.TargetId]).Concat(node.Boundaries))
            {
                queue.Enqueue(next);
            }
        }

        // A node without incoming flows is reported once, above, not again as unreachable.
        foreach (var node in process.Nodes.Values.Where(n => !seen.Contains(n.Id) && (n.Incoming.Count > 0 || n is BoundaryTimerEvent)))
        {
            errors.Add(new BpmnValidationError(node.Id, node.Line, "The element cannot be reached from a start event."));
        }
    }
}
