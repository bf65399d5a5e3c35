namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// A parsed timer definition. <see cref="Duration"/> is set for durations and cycles,
/// <see cref="Date"/> for dates and the start of a cycle (<c>R3/2026-03-02T09:00:00+07:00/PT10M</c>); <see cref="Repetitions"/> is null for an unbounded cycle.
/// A <c>${...}</c> timer (<see cref="IsExpression"/>) has neither: it is evaluated over the instance
/// variables when the timer is armed, and its value parsed then as the literal forms are at upload.
/// </summary>
public sealed record TimerSpec(TimerKind Kind, string Expression, IsoDuration? Duration, DateTimeOffset? Date, int? Repetitions)
{
    /// <summary>A Camunda cron cycle (<c>0 0 9 ? * MON-FRI</c>, Quartz form with seconds), in Viet Nam time.</summary>
    public Cronos.CronExpression? Cron { get; init; }

    private static readonly TimeZoneInfo Vietnam = FindVietnam();

    /// <summary>The first firing of the cron cycle after <paramref name="now"/>.</summary>
    public DateTimeOffset NextCron(DateTimeOffset now) =>
        Cron!.GetNextOccurrence(now, Vietnam) ?? throw new InvalidOperationException($"The cron cycle '{Expression}' never fires again.");

    private static TimeZoneInfo FindVietnam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
        }
    }

    public bool IsExpression => Scripting.ExpressionEvaluator.IsExpression(Expression);
}
