using System.Globalization;
using AwesomeAssertions;
using Xunit;

namespace InvestAid.Workflows.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    public static TheoryData<int, int, int> TetDates => new()
    {
        { 2020, 1, 25 }, { 2021, 2, 12 }, { 2022, 2, 1 }, { 2023, 1, 22 },
        { 2024, 2, 10 }, { 2025, 1, 29 }, { 2026, 2, 17 }, { 2027, 2, 6 },
        { 2028, 1, 26 }, { 2029, 2, 13 }, { 2030, 2, 2 }, { 2031, 1, 23 },
        { 2032, 2, 11 }, { 2033, 1, 31 }, { 2034, 2, 19 }, { 2035, 2, 8 },
    };

    public static TheoryData<int, int, int> HungKingsDates => new()
    {
        { 2024, 4, 18 }, { 2025, 4, 7 }, { 2026, 4, 26 }, { 2027, 4, 16 },
        { 2028, 4, 4 }, { 2029, 4, 23 }, { 2030, 4, 12 },
    };

    [Theory]
    [MemberData(nameof(TetDates))]
    public void Lunar_new_year_is_the_official_Tet(int year, int month, int day)
    {
        VietnameseLunarCalendar.LunarNewYear(year).Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public void Tet_2030_is_2_February_at_UTC_plus_7_not_3_February_as_in_China()
    {
        // The new moon of 2 Feb 2030 falls at 16:07 UT: still 2 Feb in Ha Noi, already 3 Feb in Beijing.
        VietnameseLunarCalendar.LunarNewYear(2030).Should().Be(new DateOnly(2030, 2, 2));
    }

    [Fact]
    public void Tet_2007_is_17_February_in_Viet_Nam()
    {
        VietnameseLunarCalendar.LunarNewYear(2007).Should().Be(new DateOnly(2007, 2, 17));
    }

    [Fact]
    public void Tet_and_leap_months_agree_with_the_Chinese_calendar_2021_to_2100_except_where_UTC_plus_7_moves_a_new_moon()
    {
        // An independent oracle: China applies the same rules at UTC+8, so the two calendars may
        // only differ when a new moon or solar term falls between 16:00 and 17:00 UT.
        var china = new ChineseLunisolarCalendar();
        var differences = new List<int>();
        for (var year = 2021; year <= 2100; year++)
        {
            var chineseTet = DateOnly.FromDateTime(china.ToDateTime(year, 1, 1, 0, 0, 0, 0));
            var chineseLeap = china.GetLeapMonth(year) is var leap && leap == 0 ? 0 : leap - 1;
            if (VietnameseLunarCalendar.LunarNewYear(year) != chineseTet || VietnameseLunarCalendar.LeapMonth(year) != chineseLeap)
            {
                differences.Add(year);
            }
        }

        differences.Should().Equal(2030, 2053);
    }

    [Theory]
    [MemberData(nameof(HungKingsDates))]
    public void Tenth_day_of_the_third_month_is_Hung_Kings_day(int year, int month, int day)
    {
        VietnameseLunarCalendar.ToGregorian(year, 3, 10).Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public void Mid_autumn_2025_falls_after_the_leap_sixth_month()
    {
        VietnameseLunarCalendar.ToGregorian(2025, 8, 15).Should().Be(new DateOnly(2025, 10, 6));
    }

    [Fact]
    public void Year_2025_has_a_leap_sixth_month_starting_25_July()
    {
        VietnameseLunarCalendar.LeapMonth(2025).Should().Be(6);
        VietnameseLunarCalendar.ToGregorian(2025, 6, 1, isLeap: true).Should().Be(new DateOnly(2025, 7, 25));
    }

    [Fact]
    public void Year_2033_has_its_leap_month_after_the_eleventh()
    {
        VietnameseLunarCalendar.LeapMonth(2033).Should().Be(11);
    }

    [Fact]
    public void Day_before_Tet_is_the_last_day_of_the_twelfth_month_of_the_old_year()
    {
        VietnameseLunarCalendar.FromGregorian(new DateOnly(2026, 2, 16)).Should().Be(new LunarDate(2025, 12, 29));
    }

    [Fact]
    public void A_date_in_a_leap_month_converts_to_a_leap_lunar_date()
    {
        VietnameseLunarCalendar.FromGregorian(new DateOnly(2025, 8, 10)).Should().Be(new LunarDate(2025, 6, 17, IsLeapMonth: true));
    }

    [Fact]
    public void Gregorian_to_lunar_and_back_gives_the_same_date_for_every_day_2020_to_2035()
    {
        for (var date = new DateOnly(2020, 1, 1); date.Year <= 2035; date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromGregorian(date);
            VietnameseLunarCalendar.ToGregorian(lunar).Should().Be(date, "lunar {0} came from it", lunar);
        }
    }

    [Fact]
    public void Leap_month_that_does_not_exist_is_rejected()
    {
        var act = () => VietnameseLunarCalendar.ToGregorian(2024, 6, 1, isLeap: true);

        act.Should().Throw<CalendarException>().WithMessage("*2024 has no leap month*");
    }

    [Fact]
    public void Thirtieth_day_of_a_29_day_month_is_rejected()
    {
        VietnameseLunarCalendar.DaysInMonth(2024, 1).Should().Be(29);

        var act = () => VietnameseLunarCalendar.ToGregorian(2024, 1, 30);

        act.Should().Throw<CalendarException>().WithMessage("*has 29 days*");
    }

    [Theory]
    [InlineData(2024, 0, 1)]
    [InlineData(2024, 13, 1)]
    [InlineData(2024, 1, 0)]
    [InlineData(2024, 1, 31)]
    [InlineData(1800, 1, 1)]
    public void Out_of_range_lunar_date_is_rejected(int year, int month, int day)
    {
        var act = () => VietnameseLunarCalendar.ToGregorian(year, month, day);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
