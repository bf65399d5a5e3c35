namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// A parsed timer definition. <see cref="Duration"/> is set for durations and cycles,
/// <see cref="Date"/> for dates; <see cref="Repetitions"/> is null for an unbounded cycle.
/// A <c>${...}</c> timer (<see cref="IsExpression"/>) has neither: it is evaluated over the instance
/// variables when the timer is armed, and its value parsed then as the literal forms are at upload.
/// </summary>
public sealed record TimerSpec(TimerKind Kind, string Expression, IsoDuration? Duration, DateTimeOffset? Date, int? Repetitions)
{
    public bool IsExpression => Scripting.ExpressionEvaluator.IsExpression(Expression);
}
