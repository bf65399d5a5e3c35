using AwesomeAssertions;
using Xunit;

namespace InvestAid.Workflows.Calendar;

public sealed class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar _calendar = new(VietnamCalendarSeed.DataSource);

    [Fact]
    public void Start_day_is_not_counted()
    {
        _calendar.AddWorkingDays(new DateOnly(2026, 1, 5), 1).Should().Be(new DateOnly(2026, 1, 6));
    }

    [Fact]
    public void Adding_from_a_weekend_day_lands_on_the_next_working_day()
    {
        _calendar.AddWorkingDays(new DateOnly(2026, 3, 7), 1).Should().Be(new DateOnly(2026, 3, 9));
    }

    [Fact]
    public void Adding_zero_working_days_returns_the_start()
    {
        _calendar.AddWorkingDays(new DateOnly(2026, 2, 15), 0).Should().Be(new DateOnly(2026, 2, 15));
    }

    [Fact]
    public void Adding_working_days_skips_the_whole_Tet_break_2026()
    {
        _calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 1).Should().Be(new DateOnly(2026, 2, 23));
    }

    [Fact]
    public void Adding_working_days_skips_30_April_and_1_May_2026()
    {
        _calendar.AddWorkingDays(new DateOnly(2026, 4, 29), 1).Should().Be(new DateOnly(2026, 5, 4));
    }

    [Fact]
    public void Adding_working_days_skips_the_National_Day_break_and_its_swapped_Monday()
    {
        _calendar.AddWorkingDays(new DateOnly(2026, 8, 28), 1).Should().Be(new DateOnly(2026, 9, 3));
    }

    [Fact]
    public void Adding_working_days_counts_a_make_up_Saturday()
    {
        _calendar.AddWorkingDays(new DateOnly(2026, 8, 21), 1).Should().Be(new DateOnly(2026, 8, 22));
    }

    [Fact]
    public void Adding_working_days_crosses_into_the_next_year()
    {
        // Wed 31 Dec 2025 → Thu 1 and Fri 2 Jan off, Sat 10 Jan worked.
        _calendar.AddWorkingDays(new DateOnly(2025, 12, 31), 6).Should().Be(new DateOnly(2026, 1, 10));
    }

    [Fact]
    public void Negative_working_days_count_backwards_over_Tet()
    {
        _calendar.AddWorkingDays(new DateOnly(2026, 2, 23), -1).Should().Be(new DateOnly(2026, 2, 13));
    }

    [Fact]
    public void Negative_working_days_cross_back_into_the_previous_year()
    {
        _calendar.AddWorkingDays(new DateOnly(2026, 1, 5), -1).Should().Be(new DateOnly(2025, 12, 31));
    }

    [Fact]
    public void Working_days_between_excludes_from_and_includes_to()
    {
        _calendar.WorkingDaysBetween(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 6)).Should().Be(4);
    }

    [Fact]
    public void Working_days_between_does_not_count_the_Tet_break()
    {
        _calendar.WorkingDaysBetween(new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 23)).Should().Be(1);
    }

    [Fact]
    public void Working_days_of_2026_are_weekdays_minus_thirteen_days_off_plus_two_Saturdays()
    {
        // 261 weekdays − 13 weekdays off + 2 make-up Saturdays.
        _calendar.WorkingDaysBetween(new DateOnly(2025, 12, 31), new DateOnly(2026, 12, 31)).Should().Be(250);
    }

    [Fact]
    public void Working_days_between_is_negative_when_to_is_earlier()
    {
        _calendar.WorkingDaysBetween(new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 2)).Should().Be(-4);
    }

    [Fact]
    public void Adding_then_counting_working_days_agrees_for_every_start_in_2024_to_2026()
    {
        for (var start = new DateOnly(2024, 1, 1); start.Year <= 2026; start = start.AddDays(1))
        {
            var end = _calendar.AddWorkingDays(start, 20);
            _calendar.WorkingDaysBetween(start, end).Should().Be(20);
            _calendar.IsWorkingDay(end).Should().BeTrue();
        }
    }

    [Fact]
    public void Adding_calendar_days_counts_every_day()
    {
        _calendar.AddCalendarDays(new DateOnly(2026, 2, 13), 10).Should().Be(new DateOnly(2026, 2, 23));
    }

    [Fact]
    public void Date_outside_the_supported_years_is_rejected()
    {
        var act = () => _calendar.IsWorkingDay(new DateOnly(2020, 6, 1));

        act.Should().Throw<CalendarException>().WithMessage("*2021–2199*");
    }

    [Fact]
    public void A_date_both_off_and_worked_in_the_data_is_rejected()
    {
        var date = new DateOnly(2026, 6, 6);
        var data = new InMemoryCalendarDataStore(
        [
            CalendarAdjustment.DayOff(date, "extra", "1/A"),
            CalendarAdjustment.WorkingDay(date, "make-up", "2/B"),
        ]);
        var calendar = new WorkingDayCalendar(data);

        var act = () => calendar.IsWorkingDay(date);

        act.Should().Throw<CalendarException>().WithMessage("*1/A*2/B*");
    }

    [Fact]
    public void Calendar_gives_the_same_answers_under_concurrent_first_use()
    {
        var calendar = new WorkingDayCalendar(VietnamCalendarSeed.DataSource);
        var starts = Enumerable.Range(0, 2000).Select(i => new DateOnly(2024, 1, 1).AddDays(i % 1500)).ToArray();

        var results = new DateOnly[starts.Length];
        Parallel.For(0, starts.Length, i => results[i] = calendar.AddWorkingDays(starts[i], 20));

        results.Should().Equal(starts.Select(s => _calendar.AddWorkingDays(s, 20)));
    }
}
