namespace InvestAid.Workflows.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch), computed from astronomy at UTC+7: a month
/// begins on the local day of the new moon, month 11 holds the December solstice, and in a
/// 13-month year the first month without a major solar term is the leap month.
/// </summary>
/// <remarks>
/// Not .NET's <see cref="System.Globalization.ChineseLunisolarCalendar"/>: that one is computed
/// for UTC+8 and gives the wrong Tết for Viet Nam in e.g. 2007 and 2030. Computed years are cached
/// in immutable objects, so the class is safe to use from any thread.
/// </remarks>
public static class VietnameseLunarCalendar
{
    /// <summary>First supported lunar year. Viet Nam's calendar before 1968 followed UTC+8; this code uses UTC+7 throughout.</summary>
    public const int MinYear = 1901;

    public const int MaxYear = 2199;

    private static readonly SolsticeYear?[] SolsticeYears = new SolsticeYear?[MaxYear - MinYear + 2];
    private static readonly LunarYear?[] LunarYears = new LunarYear?[MaxYear - MinYear + 1];

    /// <summary>Tết Nguyên Đán (the lunar new year): day 1 of month 1 of <paramref name="year"/>.</summary>
    public static DateOnly LunarNewYear(int year) => GetYear(year).NewYear;

    /// <summary>The Gregorian date of a lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Year, month or day out of range.</exception>
    /// <exception cref="CalendarException">The month is not a leap month that year, or has only 29 days.</exception>
    public static DateOnly ToGregorian(int lunarYear, int lunarMonth, int lunarDay, bool isLeap = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarDay, 30);

        var (year, index) = FindMonth(lunarYear, lunarMonth, isLeap);
        var length = year.DaysInMonth(index);
        if (lunarDay > length)
        {
            throw new CalendarException(
                $"Lunar month {lunarMonth}{(isLeap ? " (leap)" : string.Empty)} of {lunarYear} has {length} days; day {lunarDay} does not exist.");
        }

        return year.MonthStart(index).AddDays(lunarDay - 1);
    }

    public static DateOnly ToGregorian(LunarDate date) =>
        ToGregorian(date.Year, date.Month, date.Day, date.IsLeapMonth);

    /// <summary>The lunar date of a Gregorian date.</summary>
    public static LunarDate FromGregorian(DateOnly date)
    {
        var year = GetYear(date.Year);
        if (!year.Contains(date))
        {
            // Before Tết the date still belongs to the previous lunar year.
            year = GetYear(date.Year - 1);
        }

        return year.ToLunar(date);
    }

    /// <summary>The month repeated as a leap month in <paramref name="year"/>, or 0 if the year has 12 months.</summary>
    public static int LeapMonth(int year) => GetYear(year).LeapMonth;

    /// <summary>29 or 30.</summary>
    public static int DaysInMonth(int lunarYear, int lunarMonth, bool isLeap = false)
    {
        var (year, index) = FindMonth(lunarYear, lunarMonth, isLeap);
        return year.DaysInMonth(index);
    }

    private static (LunarYear Year, int Index) FindMonth(int lunarYear, int lunarMonth, bool isLeap)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarMonth, 12);

        var year = GetYear(lunarYear);
        var index = year.IndexOf(lunarMonth, isLeap);
        if (index < 0)
        {
            var actual = year.LeapMonth == 0 ? "has no leap month" : $"has its leap month after month {year.LeapMonth}";
            throw new CalendarException($"Lunar year {lunarYear} {actual}; there is no leap month {lunarMonth}.");
        }

        return (year, index);
    }

    private static LunarYear GetYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year), year, $"The Vietnamese lunar calendar is computed for years {MinYear}–{MaxYear}.");
        }

        ref var slot = ref LunarYears[year - MinYear];
        var cached = Volatile.Read(ref slot);
        if (cached is not null)
        {
            return cached;
        }

        var built = LunarYear.Build(year, GetSolsticeYear(year - 1), GetSolsticeYear(year));

        // Two threads may both compute a year; the result is identical, the first one stored wins.
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }

    private static SolsticeYear GetSolsticeYear(int gregorianYear)
    {
        ref var slot = ref SolsticeYears[gregorianYear - (MinYear - 1)];
        var cached = Volatile.Read(ref slot);
        if (cached is not null)
        {
            return cached;
        }

        var built = SolsticeYear.Compute(gregorianYear);
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }
}
