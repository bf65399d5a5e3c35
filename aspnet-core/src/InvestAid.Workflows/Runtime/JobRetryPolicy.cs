using System.Globalization;
using System.Text.RegularExpressions;
using InvestAid.Workflows.Parsing;

namespace InvestAid.Workflows.Runtime;

/// <summary>
/// Camunda's <c>camunda:failedJobRetryTimeCycle</c>: <c>R5/PT10M</c> (5 tries, 10 minutes apart) or a list of intervals
/// <c>PT1M,PT10M,PT1H</c> (a first try and one more after each interval in turn). Without one (or one we cannot read) a job gets
/// Camunda's default: 3 tries, the next at once (the timer sweep, within a minute).
/// </summary>
public static partial class JobRetryPolicy
{
    public const int DefaultTries = 3;

    /// <summary>
    /// The number of tries, and the wait before the next try once a try failed leaving <c>retriesLeft</c> (the list form's intervals
    /// in turn: after the first failure the first one; the repeat form's one interval every time).
    /// </summary>
    public static (int Tries, Func<int, TimeSpan> WaitBefore) Schedule(string? cycle)
    {
        var (tries, waits) = Cycle(cycle);
        return (tries, left => waits.Count == 0 ? TimeSpan.Zero : waits[Math.Clamp(tries - 1 - left, 0, waits.Count - 1)]);
    }

    private static (int Tries, IReadOnlyList<TimeSpan> Waits) Cycle(string? cycle)
    {
        if (string.IsNullOrWhiteSpace(cycle))
        {
            return (DefaultTries, []);
        }

        var repeated = Repeated().Match(cycle.Trim());
        if (repeated.Success)
        {
            return (Math.Max(1, int.Parse(repeated.Groups[1].Value, CultureInfo.InvariantCulture)), [Interval(repeated.Groups[2].Value)]);
        }

        var list = cycle.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (list.Length + 1, [.. list.Select(Interval)]);
    }

    private static TimeSpan Interval(string text) =>
        TimerSpecParser.TryParseDuration(text, out var duration) && duration is not null && !duration.IsWorkingDays
            ? duration.AddTo(DateTimeOffset.UnixEpoch) - DateTimeOffset.UnixEpoch
            : TimeSpan.Zero;

    [GeneratedRegex(@"^R(\d+)/(P\S+)$")]
    private static partial Regex Repeated();
}
