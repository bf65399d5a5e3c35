using System.Collections.Immutable;

namespace InvestAid.Workflows.Calendar;

/// <summary>A fixed set of notices held in memory: the seed, tests, or a snapshot loaded from the database.</summary>
public sealed class InMemoryCalendarDataStore : ICalendarDataStore
{
    private readonly ImmutableArray<CalendarAdjustment> _adjustments;
    private readonly ImmutableArray<HolidayPeriodOverride> _periods;

    public InMemoryCalendarDataStore(
        IEnumerable<CalendarAdjustment> adjustments, IEnumerable<HolidayPeriodOverride>? holidayPeriods = null)
    {
        ArgumentNullException.ThrowIfNull(adjustments);
        _adjustments = [.. adjustments];
        _periods = holidayPeriods is null ? [] : [.. holidayPeriods];
    }

    /// <summary>No notices: the calendar follows the Labour Code rules only.</summary>
    public static InMemoryCalendarDataStore Empty { get; } = new([]);

    public IReadOnlyList<CalendarAdjustment> GetAdjustments(int fromYear, int toYear) =>
        [.. _adjustments.Where(a => a.Date.Year >= fromYear && a.Date.Year <= toYear)];

    public IReadOnlyList<HolidayPeriodOverride> GetHolidayPeriods(int fromYear, int toYear) =>
        [.. _periods.Where(p => p.Year >= fromYear && p.Year <= toYear)];
}
