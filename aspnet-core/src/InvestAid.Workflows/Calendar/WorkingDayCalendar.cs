namespace InvestAid.Workflows.Calendar;

/// <summary>
/// The working-day calendar: <see cref="HolidayRules"/> for the Labour Code holidays, and the
/// yearly notices from an <see cref="ICalendarDataStore"/>. Each year is computed once on first
/// use and kept in an immutable <see cref="CalendarYear"/>; safe to share as a singleton.
/// </summary>
/// <remarks>Data is read once per year; after administrators edit notices, build a new instance.</remarks>
public sealed class WorkingDayCalendar : IWorkingDayCalendar
{
    public const int MinYear = HolidayRules.MinYear;

    public const int MaxYear = HolidayRules.MaxYear;

    private readonly ICalendarDataStore _data;
    private readonly HolidayRules _rules;
    private readonly CalendarYear?[] _years = new CalendarYear?[MaxYear - MinYear + 1];

    public WorkingDayCalendar(ICalendarDataStore data, HolidayRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        _rules = rules ?? new HolidayRules();
    }

    public bool IsWorkingDay(DateOnly date)
    {
        var year = GetYear(date.Year);
        return year.IsWorking(date.DayNumber - year.FirstDayNumber);
    }

    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        if (days == 0)
        {
            return start;
        }

        var year = GetYear(start.Year);
        var index = start.DayNumber - year.FirstDayNumber;

        if (days > 0)
        {
            // Rank (1-based, within the year) of the wanted working day.
            long rank = year.CountThrough(index) + (long)days;
            while (rank > year.WorkingDayCount)
            {
                rank -= year.WorkingDayCount;
                year = GetYear(year.Year + 1);
            }

            return DateOnly.FromDayNumber(year.DayNumberOfRank((int)rank));
        }

        var before = year.CountThrough(index) - (year.IsWorking(index) ? 1 : 0);
        long back = before + (long)days + 1;
        while (back < 1)
        {
            year = GetYear(year.Year - 1);
            back += year.WorkingDayCount;
        }

        return DateOnly.FromDayNumber(year.DayNumberOfRank((int)back));
    }

    public DateOnly AddCalendarDays(DateOnly start, int days) => start.AddDays(days);

    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var first = GetYear(from.Year);
        var last = GetYear(to.Year);
        var fromCount = first.CountThrough(from.DayNumber - first.FirstDayNumber);
        var toCount = last.CountThrough(to.DayNumber - last.FirstDayNumber);
        if (first.Year == last.Year)
        {
            return toCount - fromCount;
        }

        var total = first.WorkingDayCount - fromCount + toCount;
        for (var y = from.Year + 1; y < to.Year; y++)
        {
            total += GetYear(y).WorkingDayCount;
        }

        return total;
    }

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date) =>
        IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    public CalendarDay DescribeDay(DateOnly date) => GetYear(date.Year).Describe(date);

    private CalendarYear GetYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new CalendarException(
                $"The working-day calendar covers {MinYear}–{MaxYear} (Labour Code 2019 rules); {year} is outside it.");
        }

        ref var slot = ref _years[year - MinYear];
        var cached = Volatile.Read(ref slot);
        if (cached is not null)
        {
            return cached;
        }

        var built = CalendarYear.Build(
            year,
            _rules.DaysOff(year, _data.GetHolidayPeriods(year, year)),
            _data.GetAdjustments(year, year));

        // A race builds the same year twice from the same data; keep the first.
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }
}
