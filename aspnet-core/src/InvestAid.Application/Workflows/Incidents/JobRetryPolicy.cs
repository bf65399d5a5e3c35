using System.Globalization;
using System.Text.RegularExpressions;
using InvestAid.Workflows.Parsing;

namespace InvestAid.Workflows.Incidents;

/// <summary>
/// Camunda's <c>camunda:failedJobRetryTimeCycle</c>: <c>R5/PT10M</c> (5 tries, 10 minutes apart) or a list of intervals
/// <c>PT1M,PT10M,PT1H</c> (a first try and one more per interval; here every wait is the first interval). Without one (or one we
/// cannot read) a job gets Camunda's default: 3 tries, the next at once (the timer sweep, within a minute).
/// </summary>
public static partial class JobRetryPolicy
{
    public const int DefaultTries = 3;

    /// <summary>The number of tries and the wait between them.</summary>
    public static (int Tries, TimeSpan Interval) Of(string? cycle)
    {
        if (string.IsNullOrWhiteSpace(cycle))
        {
            return (DefaultTries, TimeSpan.Zero);
        }

        var repeated = Repeated().Match(cycle.Trim());
        if (repeated.Success)
        {
            return (Math.Max(1, int.Parse(repeated.Groups[1].Value, CultureInfo.InvariantCulture)), Interval(repeated.Groups[2].Value));
        }

        var list = cycle.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (list.Length + 1, Interval(list[0]));
    }

    private static TimeSpan Interval(string text) =>
        TimerSpecParser.TryParseDuration(text, out var duration) && duration is not null && !duration.IsWorkingDays
            ? duration.AddTo(DateTimeOffset.UnixEpoch) - DateTimeOffset.UnixEpoch
            : TimeSpan.Zero;

    [GeneratedRegex(@"^R(\d+)/(P\S+)$")]
    private static partial Regex Repeated();
}
