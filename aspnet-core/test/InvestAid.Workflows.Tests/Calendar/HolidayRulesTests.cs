using AwesomeAssertions;
using Xunit;

namespace InvestAid.Workflows.Calendar;

/// <summary>The Labour Code rules alone, without any notice.</summary>
public sealed class HolidayRulesTests
{
    private static IEnumerable<DateOnly> DaysOf(IReadOnlyList<HolidayDayOff> days, PublicHoliday holiday) =>
        days.Where(d => d.Holiday == holiday).Select(d => d.Date);

    [Fact]
    public void Tet_by_default_runs_from_the_last_day_of_the_old_year_to_the_fourth_day()
    {
        var days = new HolidayRules().DaysOff(2026);

        DaysOf(days, PublicHoliday.LunarNewYear).Should().Equal(
            new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 17), new DateOnly(2026, 2, 18),
            new DateOnly(2026, 2, 19), new DateOnly(2026, 2, 20));
    }

    [Fact]
    public void Tet_days_on_a_weekend_are_made_up_on_the_next_working_days()
    {
        // 2024 without its notice: Fri 9 – Tue 13 Feb, Sat 10 and Sun 11 made up on Wed 14 and Thu 15.
        var days = new HolidayRules().DaysOff(2024);

        days.Where(d => d.Holiday == PublicHoliday.LunarNewYear && d.IsCompensatory).Select(d => d.Date)
            .Should().Equal(new DateOnly(2024, 2, 14), new DateOnly(2024, 2, 15));
    }

    [Fact]
    public void Notice_break_replaces_the_rule_days_of_its_holiday()
    {
        var fixedTet = new HolidayPeriodOverride(
            2024, PublicHoliday.LunarNewYear, new DateOnly(2024, 2, 8), new DateOnly(2024, 2, 14), "Tết", "8662/VPCP-KGVX");

        var days = new HolidayRules().DaysOff(2024, [fixedTet]);

        DaysOf(days, PublicHoliday.LunarNewYear).Should().Equal(
            Enumerable.Range(8, 7).Select(day => new DateOnly(2024, 2, day)));
    }

    [Fact]
    public void National_day_takes_the_day_before_and_makes_up_a_Sunday_on_3_September()
    {
        var days = new HolidayRules().DaysOff(2024);

        days.Where(d => d.Holiday == PublicHoliday.NationalDay).Select(d => (d.Date, d.IsCompensatory)).Should().Equal(
            (new DateOnly(2024, 9, 1), false), (new DateOnly(2024, 9, 2), false), (new DateOnly(2024, 9, 3), true));
    }

    [Fact]
    public void Two_weekend_holidays_in_a_row_get_two_distinct_compensatory_days()
    {
        // 2022: Sat 30 Apr and Sun 1 May were made up on Mon 2 and Tue 3 May.
        var days = new HolidayRules().DaysOff(2022);

        days.Where(d => d.IsCompensatory && d.Date.Month == 5).Select(d => d.Date)
            .Should().Equal(new DateOnly(2022, 5, 2), new DateOnly(2022, 5, 3));
    }

    [Fact]
    public void Culture_day_is_not_a_holiday_by_default()
    {
        var calendar = new WorkingDayCalendar(InMemoryCalendarDataStore.Empty);

        calendar.IsWorkingDay(new DateOnly(2027, 11, 24)).Should().BeTrue();
    }

    [Fact]
    public void Culture_day_is_a_day_off_from_its_date_of_effect()
    {
        var rules = new HolidayRules(new HolidayRuleOptions(CultureDayEffectiveFrom: new DateOnly(2027, 1, 1)));
        var calendar = new WorkingDayCalendar(InMemoryCalendarDataStore.Empty, rules);

        calendar.IsWorkingDay(new DateOnly(2027, 11, 24)).Should().BeFalse();
    }

    [Fact]
    public void Culture_day_before_its_date_of_effect_is_a_working_day()
    {
        var rules = new HolidayRules(new HolidayRuleOptions(CultureDayEffectiveFrom: new DateOnly(2027, 1, 1)));
        var calendar = new WorkingDayCalendar(InMemoryCalendarDataStore.Empty, rules);

        calendar.IsWorkingDay(new DateOnly(2026, 11, 24)).Should().BeTrue();
    }

    [Fact]
    public void Culture_day_on_a_Saturday_is_made_up_on_Monday()
    {
        var rules = new HolidayRules(new HolidayRuleOptions(CultureDayEffectiveFrom: new DateOnly(2027, 1, 1)));

        var days = rules.DaysOff(2029);

        days.Should().Contain(new HolidayDayOff(new DateOnly(2029, 11, 26), PublicHoliday.CultureDay, IsCompensatory: true));
    }

    [Fact]
    public void Year_before_the_Labour_Code_2019_is_rejected()
    {
        var act = () => new HolidayRules().DaysOff(2020);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*2021*");
    }
}
