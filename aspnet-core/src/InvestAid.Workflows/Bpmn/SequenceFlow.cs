namespace InvestAid.Workflows.Bpmn;

/// <summary>A sequence flow; <see cref="Condition"/> is the raw <c>${...}</c> expression or null.</summary>
public sealed record SequenceFlow(string Id, string? Name, string SourceId, string TargetId, string? Condition, int Line)
{
    /// <summary>The sub-process the flow lies in; null at process level.</summary>
    public string? ScopeId { get; init; }

    /// <summary>camunda:executionListener with event "take".</summary>
    public IReadOnlyList<Listener> Listeners { get; init; } = [];
}
