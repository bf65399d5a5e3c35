namespace InvestAid.Workflows.Calendar;

/// <summary>
/// The yearly notices as data: what administrators enter when the government announces next
/// year's days off. The calendar reads a year once and caches it; to see edits, build a new
/// <see cref="WorkingDayCalendar"/>.
/// </summary>
public interface ICalendarDataStore
{
    /// <summary>Adjustments whose date falls in the Gregorian years <paramref name="fromYear"/>..<paramref name="toYear"/> inclusive.</summary>
    IReadOnlyList<CalendarAdjustment> GetAdjustments(int fromYear, int toYear);

    /// <summary>Holiday breaks fixed by notices for the years <paramref name="fromYear"/>..<paramref name="toYear"/> inclusive.</summary>
    IReadOnlyList<HolidayPeriodOverride> GetHolidayPeriods(int fromYear, int toYear);
}
