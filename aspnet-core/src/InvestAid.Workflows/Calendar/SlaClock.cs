using System.Collections.Immutable;

namespace InvestAid.Workflows.Calendar;

/// <summary>
/// The clock of a time limit that can be stopped and restarted. Immutable: <see cref="Pause"/>
/// and <see cref="Resume"/> return a new clock. Equal clocks have equal fields and pauses.
/// </summary>
public sealed record SlaClock
{
    public SlaClock(DateOnly startedOn, int limit, TimeLimitUnit unit, IEnumerable<SlaPause>? pauses = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time-limit unit.");
        }

        var list = pauses is null ? ImmutableArray<SlaPause>.Empty : [.. pauses];
        Validate(startedOn, list);
        StartedOn = startedOn;
        Limit = limit;
        Unit = unit;
        Pauses = list;
    }

    /// <summary>The day the clock started (not counted).</summary>
    public DateOnly StartedOn { get; }

    public int Limit { get; }

    public TimeLimitUnit Unit { get; }

    /// <summary>In date order, not overlapping; only the last may be open.</summary>
    public ImmutableArray<SlaPause> Pauses { get; }

    public bool IsPaused => !Pauses.IsEmpty && Pauses[^1].IsOpen;

    /// <summary>Stops the clock; <paramref name="on"/> still counts.</summary>
    /// <exception cref="InvalidOperationException">The clock is already stopped.</exception>
    public SlaClock Pause(DateOnly on)
    {
        if (IsPaused)
        {
            throw new InvalidOperationException($"The clock is already paused since {Pauses[^1].From:yyyy-MM-dd}.");
        }

        return new SlaClock(StartedOn, Limit, Unit, Pauses.Add(new SlaPause(on)));
    }

    /// <summary>Restarts the clock; days up to and including <paramref name="on"/> are not counted, counting restarts the day after.</summary>
    /// <exception cref="InvalidOperationException">The clock is not stopped.</exception>
    public SlaClock Resume(DateOnly on)
    {
        if (!IsPaused)
        {
            throw new InvalidOperationException("The clock is not paused.");
        }

        var open = Pauses[^1];
        return new SlaClock(StartedOn, Limit, Unit, Pauses.SetItem(Pauses.Length - 1, new SlaPause(open.From, on)));
    }

    /// <summary>
    /// The last day of the limit, pushed by the length of every pause that starts before it;
    /// null while the clock is stopped, because the due date depends on when it restarts.
    /// </summary>
    public DateOnly? DueDate(IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (IsPaused)
        {
            return null;
        }

        var due = Add(calendar, StartedOn, Limit);
        foreach (var pause in Pauses)
        {
            if (pause.From < due)
            {
                due = Add(calendar, due, Count(calendar, pause.From, pause.To!.Value));
            }
        }

        return Unit == TimeLimitUnit.CalendarDays ? calendar.NextWorkingDayOnOrAfter(due) : due;
    }

    /// <summary>Units of the limit consumed by the end of <paramref name="asOf"/>.</summary>
    public int UsedAsOf(IWorkingDayCalendar calendar, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (asOf <= StartedOn)
        {
            return 0;
        }

        var used = Count(calendar, StartedOn, asOf);
        foreach (var pause in Pauses.Where(p => p.From < asOf))
        {
            var end = pause.To is { } to && to < asOf ? to : asOf;
            used -= Count(calendar, pause.From, end);
        }

        return used;
    }

    /// <summary>Units left at the end of <paramref name="asOf"/>; 0 once the limit is used up.</summary>
    public int RemainingAsOf(IWorkingDayCalendar calendar, DateOnly asOf) =>
        Math.Max(0, Limit - UsedAsOf(calendar, asOf));

    public bool Equals(SlaClock? other) =>
        other is not null
        && StartedOn == other.StartedOn
        && Limit == other.Limit
        && Unit == other.Unit
        && Pauses.SequenceEqual(other.Pauses);

    public override int GetHashCode() =>
        Pauses.Aggregate(HashCode.Combine(StartedOn, Limit, Unit), HashCode.Combine);

    private DateOnly Add(IWorkingDayCalendar calendar, DateOnly start, int amount) =>
        Unit == TimeLimitUnit.WorkingDays ? calendar.AddWorkingDays(start, amount) : calendar.AddCalendarDays(start, amount);

    /// <summary>Units in (<paramref name="from"/>, <paramref name="to"/>].</summary>
    private int Count(IWorkingDayCalendar calendar, DateOnly from, DateOnly to) =>
        Unit == TimeLimitUnit.WorkingDays ? calendar.WorkingDaysBetween(from, to) : to.DayNumber - from.DayNumber;

    private static void Validate(DateOnly startedOn, ImmutableArray<SlaPause> pauses)
    {
        var previousEnd = startedOn;
        for (var i = 0; i < pauses.Length; i++)
        {
            var pause = pauses[i];
            if (pause.From < previousEnd)
            {
                throw new ArgumentException(
                    $"Pause {i + 1} starts on {pause.From:yyyy-MM-dd}, before the clock start or the end of the previous pause ({previousEnd:yyyy-MM-dd}).",
                    nameof(pauses));
            }

            if (pause.IsOpen && i != pauses.Length - 1)
            {
                throw new ArgumentException($"Pause {i + 1} is open but is not the last one.", nameof(pauses));
            }

            previousEnd = pause.To ?? pause.From;
        }
    }
}
