namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// Starts a definition of <see cref="CalledElement"/> as a child instance and waits for it.
/// <see cref="Binding"/> is Camunda's calledElementBinding: <c>latest</c> (default), <c>version</c>
/// (<see cref="Version"/>) or <c>versionTag</c> (<see cref="VersionTag"/>). With no <c>camunda:in</c>/<c>out</c>
/// all variables are copied both ways (our convention); with mappings, only what they name.
/// </summary>
public sealed record CallActivity(string Id, string? Name, int Line, string CalledElement) : FlowNode(Id, Name, Line)
{
    public string Binding { get; init; } = "latest";
    public string? Version { get; init; }
    public string? VersionTag { get; init; }
    public IReadOnlyList<VariableMapping> In { get; init; } = [];
    public IReadOnlyList<VariableMapping> Out { get; init; } = [];
    public bool HasMappings => In.Count > 0 || Out.Count > 0;

    /// <summary>multiInstanceLoopCharacteristics: one child instance per element.</summary>
    public MultiInstanceSpec? MultiInstance { get; init; }

    public override string Kind => "callActivity";
}

/// <summary>
/// One camunda:in or camunda:out: <c>variables="all"</c> (<see cref="All"/>), a <see cref="Source"/> or
/// <see cref="SourceExpression"/> copied to <see cref="Target"/>, or the business key (<see cref="BusinessKey"/>).
/// </summary>
public sealed record VariableMapping(string? Source, string? SourceExpression, string? Target, bool All, bool Local, string? BusinessKey);
