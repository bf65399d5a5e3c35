using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Runtime;

/// <summary>One due firing of a process's timer start event; <see cref="Remaining"/> firings follow it (null: for ever).</summary>
public sealed record StartTimerDue(DateTimeOffset DueAt, int? Remaining);

/// <summary>
/// When the timer start events of a published version fire, as in Camunda 7: <c>timeDate</c> once at that date,
/// <c>timeDuration</c> once that long after publishing, a <c>timeCycle</c> <c>R[n]/[start/]duration</c> first at its start
/// (or one period after publishing) and every period after, <c>n</c> times in all (unbounded without <c>n</c>), and a
/// Quartz cron cycle at each of its times (Viet Nam time) from publishing on. A <c>${...}</c> timer has no instance to
/// read variables from and is not scheduled.
/// </summary>
public static class StartTimerSchedule
{
    /// <summary>The timer start events of the process (not of event sub-processes) with a literal timer.</summary>
    public static IEnumerable<(StartEvent Start, TimerSpec Timer)> TimerStarts(BpmnProcess process) =>
        process.StartEvents
            .Where(s => s.Event is { Trigger: EventTrigger.Timer, Timer: { IsExpression: false } })
            .Select(s => (s, s.Event!.Timer!));

    /// <summary>The first firing of <paramref name="timer"/> for a version published at <paramref name="publishedAt"/>; null when it never fires.</summary>
    public static StartTimerDue? First(TimerSpec timer, DateTimeOffset publishedAt, IBusinessCalendar calendar) => timer.Kind switch
    {
        _ when timer.IsExpression => null,
        TimerKind.Date => timer.Date is { } date ? new StartTimerDue(date, 0) : null,
        TimerKind.Duration => new StartTimerDue(calendar.Add(publishedAt, timer), 0),
        TimerKind.Cycle when timer.Cron is not null => new StartTimerDue(timer.NextCron(publishedAt), null),
        TimerKind.Cycle when timer.Repetitions is 0 => null,
        TimerKind.Cycle => new StartTimerDue(timer.Date ?? calendar.Add(publishedAt, timer), timer.Repetitions - 1),
        _ => null,
    };

    /// <summary>
    /// The firing after the one due at <paramref name="due"/>, run at <paramref name="now"/>; null when that was the last.
    /// A cron cycle goes on from <paramref name="now"/> (times missed while no host ran are not made up, one firing stands
    /// for them); a repeating ISO cycle keeps its rhythm from the due time.
    /// </summary>
    public static StartTimerDue? Next(TimerSpec timer, StartTimerDue due, DateTimeOffset now, IBusinessCalendar calendar)
    {
        if (timer.Kind != TimerKind.Cycle || due.Remaining is 0)
        {
            return null;
        }

        if (timer.Cron is not null)
        {
            return new StartTimerDue(timer.NextCron(now > due.DueAt ? now : due.DueAt), null);
        }

        return new StartTimerDue(calendar.Add(due.DueAt, timer), due.Remaining - 1);
    }
}
