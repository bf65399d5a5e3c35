using AwesomeAssertions;
using Xunit;

namespace InvestAid.Workflows.Calendar;

/// <summary>The days off of civil servants 2024–2026 exactly as in shared/reference/vietnam-calendar.md.</summary>
public sealed class OfficialDaysOffTests
{
    private readonly WorkingDayCalendar _calendar = new(VietnamCalendarSeed.DataSource);

    /// <summary>Every break of the reference table, first and last day inclusive.</summary>
    public static TheoryData<DateOnly> ListedDaysOff
    {
        get
        {
            var data = new TheoryData<DateOnly>();
            (DateOnly First, DateOnly Last)[] breaks =
            [
                (new(2024, 1, 1), new(2024, 1, 1)),
                (new(2024, 2, 8), new(2024, 2, 14)),
                (new(2024, 4, 18), new(2024, 4, 18)),
                (new(2024, 4, 27), new(2024, 5, 1)),
                (new(2024, 8, 31), new(2024, 9, 3)),
                (new(2025, 1, 1), new(2025, 1, 1)),
                (new(2025, 1, 25), new(2025, 2, 2)),
                (new(2025, 4, 7), new(2025, 4, 7)),
                (new(2025, 4, 30), new(2025, 5, 4)),
                (new(2025, 8, 30), new(2025, 9, 2)),
                (new(2026, 1, 1), new(2026, 1, 4)),
                (new(2026, 2, 14), new(2026, 2, 22)),
                (new(2026, 4, 26), new(2026, 4, 27)),
                (new(2026, 4, 30), new(2026, 5, 3)),
                (new(2026, 8, 29), new(2026, 9, 2)),
            ];
            foreach (var (first, last) in breaks)
            {
                for (var d = first; d <= last; d = d.AddDays(1))
                {
                    data.Add(d);
                }
            }

            return data;
        }
    }

    public static TheoryData<DateOnly> MakeUpSaturdays => new()
    {
        new DateOnly(2024, 5, 4),
        new DateOnly(2025, 4, 26),
        new DateOnly(2026, 1, 10),
        new DateOnly(2026, 8, 22),
    };

    [Theory]
    [MemberData(nameof(ListedDaysOff))]
    public void Listed_day_off_is_not_a_working_day(DateOnly date)
    {
        _calendar.IsWorkingDay(date).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(MakeUpSaturdays))]
    public void Make_up_Saturday_is_a_working_day(DateOnly date)
    {
        date.DayOfWeek.Should().Be(DayOfWeek.Saturday);
        _calendar.IsWorkingDay(date).Should().BeTrue();
    }

    [Fact]
    public void Monday_27_April_2026_is_the_compensatory_day_for_Hung_Kings_day_on_a_Sunday()
    {
        var day = _calendar.DescribeDay(new DateOnly(2026, 4, 27));

        day.IsWorkingDay.Should().BeFalse();
        day.Reason.Should().Be("HungKings (compensatory)");
    }

    [Theory]
    [InlineData(2024, new[] { "01-01", "02-08", "02-09", "02-12", "02-13", "02-14", "04-18", "04-29", "04-30", "05-01", "09-02", "09-03" })]
    [InlineData(2025, new[] { "01-01", "01-27", "01-28", "01-29", "01-30", "01-31", "04-07", "04-30", "05-01", "05-02", "09-01", "09-02" })]
    [InlineData(2026, new[] { "01-01", "01-02", "02-16", "02-17", "02-18", "02-19", "02-20", "04-27", "04-30", "05-01", "08-31", "09-01", "09-02" })]
    public void Weekdays_off_are_exactly_the_official_ones(int year, string[] expected)
    {
        var weekdaysOff = EachDay(year)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_calendar.IsWorkingDay(d))
            .Select(d => d.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        weekdaysOff.Should().Equal(expected);
    }

    [Theory]
    [InlineData(2024, new[] { "05-04" })]
    [InlineData(2025, new[] { "04-26" })]
    [InlineData(2026, new[] { "01-10", "08-22" })]
    public void Weekend_working_days_are_exactly_the_make_up_Saturdays(int year, string[] expected)
    {
        var weekendWorking = EachDay(year)
            .Where(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && _calendar.IsWorkingDay(d))
            .Select(d => d.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        weekendWorking.Should().Equal(expected);
    }

    [Fact]
    public void Make_up_Saturday_names_its_notice()
    {
        _calendar.DescribeDay(new DateOnly(2024, 5, 4)).Notice.Should().Be("2450/VPCP-KGVX");
    }

    private static IEnumerable<DateOnly> EachDay(int year)
    {
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
