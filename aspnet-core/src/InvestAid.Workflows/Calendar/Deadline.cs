namespace InvestAid.Workflows.Calendar;

/// <summary>The last day of a legal time limit counted from a start date (the start day is not counted).</summary>
public static class Deadline
{
    /// <summary>
    /// Working days: the <paramref name="amount"/>-th working day after <paramref name="start"/>.
    /// Calendar days: <paramref name="start"/> + <paramref name="amount"/>, moved to the next working
    /// day if that is a day off (Civil Code 91/2015/QH13, Art. 148(5)).
    /// </summary>
    public static DateOnly Compute(IWorkingDayCalendar calendar, DateOnly start, int amount, TimeLimitUnit unit)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(amount);

        return unit switch
        {
            TimeLimitUnit.WorkingDays => calendar.AddWorkingDays(start, amount),
            TimeLimitUnit.CalendarDays => calendar.NextWorkingDayOnOrAfter(calendar.AddCalendarDays(start, amount)),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time-limit unit."),
        };
    }
}
