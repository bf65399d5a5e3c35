namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// An intermediate throw event: none (passes), signal (broadcast), escalation, link (jumps to its catch),
/// message or compensation (pass, or run <see cref="Implementation"/> like a service task).
/// </summary>
public sealed record ThrowEvent(string Id, string? Name, int Line, EventDefinition? Event, ServiceTask? Implementation) : FlowNode(Id, Name, Line)
{
    public override string Kind => "intermediateThrowEvent";
}
