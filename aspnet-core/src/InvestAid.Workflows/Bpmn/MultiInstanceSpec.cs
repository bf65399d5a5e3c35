namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// <c>multiInstanceLoopCharacteristics</c> of a user task, an embedded sub-process or a call activity. <see cref="Collection"/> is a variable
/// name or a <c>${...}</c> expression yielding an array; otherwise <see cref="LoopCardinality"/>
/// gives the number of instances.
/// <para>
/// A <c>standardLoopCharacteristics</c> with a <c>loopCondition</c> is read as a sequential loop too: <see cref="LoopCondition"/>
/// is checked after each iteration (and before the first when <see cref="TestBefore"/>), the activity runs again while it holds,
/// at most <see cref="LoopCardinality"/> times (<c>loopMaximum</c>, else <see cref="DefaultLoopMaximum"/>).
/// </para>
/// </summary>
public sealed record MultiInstanceSpec(
    bool IsSequential,
    string? Collection,
    string? ElementVariable,
    string? LoopCardinality,
    string? CompletionCondition,
    string? LoopCondition = null,
    bool TestBefore = false)
{
    /// <summary>How many times a standard loop without <c>loopMaximum</c> runs at most.</summary>
    public const int DefaultLoopMaximum = 1000;

    public bool IsStandardLoop => LoopCondition is not null;
}
