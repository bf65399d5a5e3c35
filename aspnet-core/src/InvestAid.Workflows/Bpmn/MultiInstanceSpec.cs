namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// <c>multiInstanceLoopCharacteristics</c> of a user task, an embedded sub-process or a call activity. <see cref="Collection"/> is a variable
/// name or a <c>${...}</c> expression yielding an array; otherwise <see cref="LoopCardinality"/>
/// gives the number of instances.
/// </summary>
public sealed record MultiInstanceSpec(
    bool IsSequential,
    string? Collection,
    string? ElementVariable,
    string? LoopCardinality,
    string? CompletionCondition);
