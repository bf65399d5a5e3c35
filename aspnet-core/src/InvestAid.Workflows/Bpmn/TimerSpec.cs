namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// A parsed timer definition. <see cref="Duration"/> is set for durations and cycles,
/// <see cref="Date"/> for dates; <see cref="Repetitions"/> is null for an unbounded cycle.
/// </summary>
public sealed record TimerSpec(TimerKind Kind, string Expression, IsoDuration? Duration, DateTimeOffset? Date, int? Repetitions);
