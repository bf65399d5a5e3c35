using System.Globalization;
using System.Text.RegularExpressions;
using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Parsing;

/// <summary>
/// Parses the ISO 8601 subset BPMN timers use: durations (<c>P1DT2H</c>), dates
/// (<c>2026-03-01T08:00:00+07:00</c>), cycles (<c>R3/PT1H</c>, <c>R/P1D</c>, with a start <c>R3/2026-03-02T09:00:00+07:00/PT10M</c>) and our working-day
/// durations (<c>P10WD</c>). A <c>${...}</c> expression (e.g. <c>${consultationDays}</c> holding
/// <c>"P8WD"</c>) is accepted when it is a syntactically valid expression, and parsed when the timer is
/// armed (<see cref="Resolve"/>). A cycle may also be a Quartz cron expression, as Camunda allows.
/// </summary>
public static partial class TimerSpecParser
{
    public static bool TryParse(TimerKind kind, string text, out TimerSpec? spec)
    {
        spec = null;
        var expression = text.Trim();
        if (expression.StartsWith("${", StringComparison.Ordinal))
        {
            if (!expression.EndsWith('}') || !IsValidScript(expression[2..^1]))
            {
                return false;
            }

            spec = new TimerSpec(kind, expression, null, null, null);
            return true;
        }

        switch (kind)
        {
            case TimerKind.Duration when TryParseDuration(expression, out var duration):
                spec = new TimerSpec(kind, expression, duration, null, null);
                return true;
            case TimerKind.Date when IsoDate().IsMatch(expression)
                && DateTimeOffset.TryParse(expression, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date):
                spec = new TimerSpec(kind, expression, null, date, null);
                return true;
            case TimerKind.Cycle when !expression.StartsWith('R') && TryParseCron(expression, out var cron):
                spec = new TimerSpec(kind, expression, null, null, null) { Cron = cron };
                return true;
            case TimerKind.Cycle:
                var cycle = Cycle().Match(expression);
                if (!cycle.Success || !TryParseDuration(cycle.Groups["duration"].Value, out var period))
                {
                    return false;
                }
                int? repetitions = cycle.Groups["count"].Value.Length == 0 ? null : int.Parse(cycle.Groups["count"].Value, CultureInfo.InvariantCulture);
                DateTimeOffset? start = null;
                if (cycle.Groups["start"].Success)
                {
                    // R3/2026-03-02T09:00:00+07:00/PT10M: the first firing at the start, then every period.
                    if (!IsoDate().IsMatch(cycle.Groups["start"].Value)
                        || !DateTimeOffset.TryParse(cycle.Groups["start"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var first))
                    {
                        return false;
                    }

                    start = first;
                }

                spec = new TimerSpec(kind, expression, period, start, repetitions);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The literal timer an expression timer stands for, given the text its expression evaluated to;
    /// null when that text is not a timer of the spec's kind.
    /// </summary>
    public static TimerSpec? Resolve(TimerSpec spec, string evaluated) =>
        !evaluated.StartsWith("${", StringComparison.Ordinal) && TryParse(spec.Kind, evaluated, out var resolved) ? resolved : null;

    // Quartz cron as Camunda writes it: seconds first, '?' allowed, an optional year field (only '*' is accepted).
    private static bool TryParseCron(string text, out Cronos.CronExpression? cron)
    {
        cron = null;
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 7 && fields[6] == "*")
        {
            fields = fields[..6];
        }

        if (fields.Length != 6 || DayFieldsConflict(fields))
        {
            return false;
        }

        // Quartz numbers the days of the week 1-7 from Sunday (Camunda's "0 0 9 ? * 2" is Monday); Cronos 0-6.
        // Numbers after '/' (a step) or '#' (the n-th weekday of the month) are not days.
        var outOfRange = false;
        fields[5] = QuartzDayOfWeek().Replace(fields[5], m =>
        {
            var day = int.Parse(m.Value, CultureInfo.InvariantCulture);
            outOfRange |= day is < 1 or > 7;
            return (day - 1).ToString(CultureInfo.InvariantCulture);
        });
        if (outOfRange)
        {
            return false;
        }

        try
        {
            cron = Cronos.CronExpression.Parse(string.Join(' ', fields), Cronos.CronFormat.IncludeSeconds);
            return true;
        }
        catch (Cronos.CronFormatException)
        {
            return false;
        }
    }

    private static bool IsValidScript(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return false;
        }

        try
        {
            Jint.Engine.PrepareScript($"({body}\n)");
            return true;
        }
        catch (Exception ex) when (ex is Jint.ScriptPreparationException or Acornima.ParseErrorException or Jint.Runtime.JavaScriptException)
        {
            return false;
        }
    }

    public static bool TryParseDuration(string text, out IsoDuration? duration)
    {
        duration = null;
        var workingDays = WorkingDays().Match(text);
        if (workingDays.Success)
        {
            duration = new IsoDuration(0, 0, 0, 0, TimeSpan.Zero, int.Parse(workingDays.Groups[1].Value, CultureInfo.InvariantCulture));
            return duration.WorkingDays > 0;
        }

        var match = Duration().Match(text);
        if (!match.Success)
        {
            return false;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = match.Groups["s"].Success
            ? double.Parse(match.Groups["s"].Value.Replace(',', '.'), CultureInfo.InvariantCulture)
            : 0;
        var time = new TimeSpan(Part("h"), Part("min"), 0) + TimeSpan.FromSeconds(seconds);
        duration = new IsoDuration(Part("y"), Part("mon"), Part("w"), Part("d"), time, 0);
        return true;
    }

    [GeneratedRegex(@"^P(?!$)(?:(?<y>\d+)Y)?(?:(?<mon>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?=\d)(?:(?<h>\d+)H)?(?:(?<min>\d+)M)?(?:(?<s>\d+(?:[.,]\d+)?)S)?)?$")]
    private static partial Regex Duration();

    [GeneratedRegex(@"^P(\d+)WD$")]
    private static partial Regex WorkingDays();

    [GeneratedRegex(@"^R(?<count>\d*)/(?:(?<start>\d{4}-[^/]+)/)?(?<duration>P[^/]+)$")]
    private static partial Regex Cycle();

    [GeneratedRegex(@"(?<![/#\d])\d+")]
    private static partial Regex QuartzDayOfWeek();

    /// <summary>
    /// A Quartz cron (six fields, or seven with the year) whose day-of-month and day-of-week are both given, or both '?': Quartz, and so
    /// Camunda 7, refuses it ("Support for specifying both a day-of-week AND a day-of-month parameter is not implemented"); one of them must be '?'.
    /// </summary>
    public static bool IsCronWithBothDays(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 6 or 7 } fields && DayFieldsConflict(fields);

    private static bool DayFieldsConflict(string[] fields) => (fields[3] == "?") == (fields[5] == "?");

    /// <summary>A Unix cron of five fields (<c>0 9 * * 4</c>): not a timer for Camunda 7, whose Quartz cron starts with seconds.</summary>
    public static bool IsUnixCron(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 5 } fields && fields.All(f => f.All(c => char.IsAsciiDigit(c) || c is '*' or '/' or '-' or ',' or '?' || char.IsAsciiLetter(c)));

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
