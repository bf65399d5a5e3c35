namespace InvestAid.Workflows.Bpmn;

/// <summary>A none start event, or a message start event when <see cref="MessageName"/> is set.</summary>
public sealed record StartEvent(string Id, string? Name, int Line, string? MessageName) : FlowNode(Id, Name, Line)
{
    /// <summary>The trigger of an event sub-process start (or a timer/signal start of the process); null for none and plain message starts.</summary>
    public EventDefinition? Event { get; init; }

    /// <summary>For an event sub-process start: whether it cancels the rest of its scope.</summary>
    public bool Interrupting { get; init; } = true;

    /// <summary>The Camunda Form of a none start event (the start form): shown when starting, the start variables validated against it.</summary>
    public FormRef? Form { get; init; }
    /// <summary>camunda:initiator: the variable that receives the id of the user who started the instance.</summary>
    public string? Initiator { get; init; }

    public override string Kind => "startEvent";
}
