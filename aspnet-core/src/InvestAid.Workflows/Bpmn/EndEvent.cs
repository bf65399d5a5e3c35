namespace InvestAid.Workflows.Bpmn;

/// <summary>An end event; a terminate end event ends every token of the instance.</summary>
public sealed record EndEvent(string Id, string? Name, int Line, bool Terminate) : FlowNode(Id, Name, Line)
{
    /// <summary>Error, escalation, signal, message or compensation thrown on arrival; null for a none end event.</summary>
    public EventDefinition? Event { get; init; }

    /// <summary>For a message end event with an implementation (camunda:class and the like): run like a service task first.</summary>
    public ServiceTask? Implementation { get; init; }

    public override string Kind => "endEvent";
}
