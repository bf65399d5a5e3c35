using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Runtime;

/// <summary>A published version of a process; an instance keeps its version for life.</summary>
public sealed record WorkflowDefinition(string Key, int Version, BpmnProcess Process);
