namespace InvestAid.Workflows.Calendar;

/// <summary>
/// The public holidays of Labour Code 45/2019/QH14 (in force 1 January 2021) for one Gregorian
/// year: Art. 112(1) holidays, Art. 112(3) breaks fixed per year by notice, and Art. 111(3)
/// compensatory days.
/// </summary>
public sealed class HolidayRules
{
    /// <summary>The Labour Code 2019 took effect on 1 January 2021; earlier years had other rules (one day for National Day).</summary>
    public const int MinYear = 2021;

    public const int MaxYear = VietnameseLunarCalendar.MaxYear;

    private readonly HolidayRuleOptions _options;

    public HolidayRules(HolidayRuleOptions? options = null)
    {
        _options = options ?? HolidayRuleOptions.Current;
    }

    public HolidayRuleOptions Options => _options;

    /// <summary>The days off that the holidays of <paramref name="year"/> give, in date order.</summary>
    /// <param name="year">Gregorian year.</param>
    /// <param name="fixedBreaks">Breaks fixed by notices; they replace the rule for their holiday that year.</param>
    public IReadOnlyList<HolidayDayOff> DaysOff(int year, IEnumerable<HolidayPeriodOverride>? fixedBreaks = null)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year), year, $"Holiday rules of the Labour Code 2019 are implemented for {MinYear}–{MaxYear}.");
        }

        var overrides = (fixedBreaks ?? []).Where(o => o.Year == year).ToList();
        var overridden = overrides.Select(o => o.Holiday).ToHashSet();

        var result = new List<HolidayDayOff>();
        foreach (var o in overrides)
        {
            if (o.Last < o.First)
            {
                throw new CalendarException($"The {o.Holiday} break of {year} in notice {o.Notice} ends ({o.Last}) before it starts ({o.First}).");
            }

            for (var d = o.First; d <= o.Last; d = d.AddDays(1))
            {
                result.Add(new HolidayDayOff(d, o.Holiday, IsCompensatory: false, o.Notice));
            }
        }

        var ruleDays = RuleDays(year).Where(r => !overridden.Contains(r.Holiday)).ToList();
        var taken = result.Select(r => r.Date).ToHashSet();

        // When two holidays share a date (Hùng Kings' day can fall on 30 Apr), the law gives no
        // extra day; that year's notice decides, as an adjustment.
        foreach (var day in ruleDays.Where(r => taken.Add(r.Date)).ToList())
        {
            result.Add(new HolidayDayOff(day.Date, day.Holiday, IsCompensatory: false));
        }

        // Art. 111(3): a holiday on a weekly rest day is made up on the next working day. Handled
        // in date order so two weekend holidays (Sat 30 Apr, Sun 1 May) get two distinct days.
        foreach (var day in ruleDays.Where(r => IsWeekend(r.Date)).OrderBy(r => r.Date))
        {
            var lieu = day.Date.AddDays(1);
            while (IsWeekend(lieu) || taken.Contains(lieu))
            {
                lieu = lieu.AddDays(1);
            }

            taken.Add(lieu);
            result.Add(new HolidayDayOff(lieu, day.Holiday, IsCompensatory: true));
        }

        result.Sort((a, b) => a.Date.CompareTo(b.Date));
        return result;
    }

    private IEnumerable<(DateOnly Date, PublicHoliday Holiday)> RuleDays(int year)
    {
        yield return (new DateOnly(year, 1, 1), PublicHoliday.NewYear);

        // Default Tết: the last day of the old lunar year (tất niên) and days 1–4 of the new one.
        // Notices usually move it to join weekends; such a year gets a HolidayPeriodOverride.
        var tet = VietnameseLunarCalendar.LunarNewYear(year);
        for (var i = -1; i <= 3; i++)
        {
            yield return (tet.AddDays(i), PublicHoliday.LunarNewYear);
        }

        yield return (VietnameseLunarCalendar.ToGregorian(year, 3, 10), PublicHoliday.HungKings);
        yield return (new DateOnly(year, 4, 30), PublicHoliday.VictoryDay);
        yield return (new DateOnly(year, 5, 1), PublicHoliday.LabourDay);

        // Art. 112(1)(đ): 2 September and the day before or after. The day before is the default
        // (the choice of 2025 and 2026); when it is a Sunday, Art. 111(3) moves it to 3 September,
        // which is what 2024 got.
        yield return (new DateOnly(year, 9, 1), PublicHoliday.NationalDay);
        yield return (new DateOnly(year, 9, 2), PublicHoliday.NationalDay);

        var cultureDay = new DateOnly(year, 11, 24);
        if (_options.CultureDayEffectiveFrom is { } from && cultureDay >= from)
        {
            yield return (cultureDay, PublicHoliday.CultureDay);
        }
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
