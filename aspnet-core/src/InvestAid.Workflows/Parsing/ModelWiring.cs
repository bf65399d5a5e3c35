using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Parsing;

/// <summary>Connects nodes through their flows and boundary events; dangling references become errors.</summary>
internal static class ModelWiring
{
    public static void Wire(Dictionary<string, FlowNode> nodes, Dictionary<string, SequenceFlow> flows, List<BpmnValidationError> errors, HashSet<string> failed)
    {
        var incoming = nodes.Keys.ToDictionary(id => id, _ => new List<SequenceFlow>());
        var outgoing = nodes.Keys.ToDictionary(id => id, _ => new List<SequenceFlow>());
        foreach (var flow in flows.Values)
        {
            var ok = true;
            foreach (var (end, word) in new[] { (flow.SourceId, "starts at"), (flow.TargetId, "leads to") })
            {
                if (nodes.ContainsKey(end))
                {
                    continue;
                }

                ok = false;
                // A flow touching an element already reported is no new problem.
                if (!failed.Contains(end))
                {
                    errors.Add(new BpmnValidationError(flow.Id, flow.Line, $"The flow {word} unknown element '{end}'."));
                    failed.Add(flow.Id);
                }
            }

            if (ok && (nodes[flow.SourceId].ScopeId != flow.ScopeId || nodes[flow.TargetId].ScopeId != flow.ScopeId))
            {
                errors.Add(new BpmnValidationError(flow.Id, flow.Line, "A sequence flow cannot cross the border of a sub-process."));
                failed.Add(flow.Id);
                ok = false;
            }

            if (ok)
            {
                outgoing[flow.SourceId].Add(flow);
                incoming[flow.TargetId].Add(flow);
            }
            else
            {
                // Its target is reached, and its source left, through the broken flow: report neither again.
                failed.Add(flow.TargetId + "#via-failed");
                failed.Add(flow.SourceId + "#out-failed");
            }
        }

        var boundaries = nodes.Keys.ToDictionary(id => id, _ => new List<FlowNode>());
        foreach (var boundary in nodes.Values.Where(n => n is BoundaryTimerEvent or BoundaryEvent))
        {
            var hostId = boundary is BoundaryTimerEvent t ? t.AttachedToId : ((BoundaryEvent)boundary).AttachedToId;
            if (nodes.TryGetValue(hostId, out var host) && host is UserTask or SubProcess { TriggeredByEvent: false } or CallActivity or ReceiveTask or ServiceTask or ScriptTask or PassThroughTask)
            {
                boundaries[host.Id].Add(boundary);
            }
            else if (!failed.Contains(hostId))
            {
                errors.Add(new BpmnValidationError(boundary.Id, boundary.Line, $"A boundary event must be attached to an activity, not '{hostId}'."));
                failed.Add(boundary.Id);
            }
        }

        foreach (var node in nodes.Values)
        {
            // Document order of flows matters: the exclusive gateway takes the first true one.
            node.Incoming = incoming[node.Id].OrderBy(f => f.Line).ToList();
            node.Outgoing = outgoing[node.Id].OrderBy(f => f.Line).ToList();
            node.Boundaries = boundaries[node.Id];
        }
    }
}
