using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Parsing;

/// <summary>Connects nodes through their flows and boundary events; dangling references become errors.</summary>
internal static class ModelWiring
{
    public static BpmnProcess Wire(
        string key, string? name, Dictionary<string, FlowNode> nodes, Dictionary<string, SequenceFlow> flows, int line, List<BpmnValidationError> errors)
    {
        var incoming = nodes.Keys.ToDictionary(id => id, _ => new List<SequenceFlow>());
        var outgoing = nodes.Keys.ToDictionary(id => id, _ => new List<SequenceFlow>());
        foreach (var flow in flows.Values)
        {
            var ok = true;
            if (!nodes.ContainsKey(flow.SourceId))
            {
                errors.Add(new BpmnValidationError(flow.Id, flow.Line, $"The flow starts at unknown element '{flow.SourceId}'."));
                ok = false;
            }

            if (!nodes.ContainsKey(flow.TargetId))
            {
                errors.Add(new BpmnValidationError(flow.Id, flow.Line, $"The flow leads to unknown element '{flow.TargetId}'."));
                ok = false;
            }

            if (ok)
            {
                outgoing[flow.SourceId].Add(flow);
                incoming[flow.TargetId].Add(flow);
            }
        }

        var boundaries = nodes.Keys.ToDictionary(id => id, _ => new List<BoundaryTimerEvent>());
        foreach (var boundary in nodes.Values.OfType<BoundaryTimerEvent>())
        {
            if (nodes.TryGetValue(boundary.AttachedToId, out var host) && host is UserTask)
            {
                boundaries[host.Id].Add(boundary);
            }
            else
            {
                errors.Add(new BpmnValidationError(boundary.Id, boundary.Line, $"A boundary timer must be attached to a user task, not '{boundary.AttachedToId}'."));
            }
        }

        foreach (var node in nodes.Values)
        {
            // Document order of flows matters: the exclusive gateway takes the first true one.
            node.Incoming = incoming[node.Id].OrderBy(f => f.Line).ToList();
            node.Outgoing = outgoing[node.Id].OrderBy(f => f.Line).ToList();
            node.Boundaries = boundaries[node.Id];
        }

        return new BpmnProcess(key, name, nodes, flows) { Line = line };
    }
}
