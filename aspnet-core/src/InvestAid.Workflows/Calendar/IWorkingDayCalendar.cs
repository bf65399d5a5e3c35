namespace InvestAid.Workflows.Calendar;

/// <summary>Working days of Vietnamese civil servants: Monday–Friday, minus days off, plus make-up working days.</summary>
public interface IWorkingDayCalendar
{
    bool IsWorkingDay(DateOnly date);

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="start"/> (the start day is not counted); a negative count goes back.</summary>
    DateOnly AddWorkingDays(DateOnly start, int days);

    /// <summary><paramref name="start"/> plus <paramref name="days"/> calendar days.</summary>
    DateOnly AddCalendarDays(DateOnly start, int days);

    /// <summary>Working days in (<paramref name="from"/>, <paramref name="to"/>]: <paramref name="from"/> excluded, <paramref name="to"/> included; negative if <paramref name="to"/> is earlier.</summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);

    /// <summary><paramref name="date"/> itself if it is a working day, otherwise the next working day.</summary>
    DateOnly NextWorkingDayOnOrAfter(DateOnly date);

    CalendarDay DescribeDay(DateOnly date);
}
