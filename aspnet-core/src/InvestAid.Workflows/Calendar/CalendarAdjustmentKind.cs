namespace InvestAid.Workflows.Calendar;

/// <summary>What a yearly government notice does to a date.</summary>
public enum CalendarAdjustmentKind
{
    /// <summary>The date is a day off (a swapped weekday or an extra day), whatever the rules say.</summary>
    DayOff = 1,

    /// <summary>The date is a working day (a make-up Saturday, "làm bù"), whatever the rules say.</summary>
    WorkingDay = 2,
}
