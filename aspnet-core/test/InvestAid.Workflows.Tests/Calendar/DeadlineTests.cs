using AwesomeAssertions;
using Xunit;

namespace InvestAid.Workflows.Calendar;

public sealed class DeadlineTests
{
    private readonly WorkingDayCalendar _calendar = new(VietnamCalendarSeed.DataSource);

    [Fact]
    public void Fifteen_working_days_from_a_receipt_before_Tet_end_after_the_break()
    {
        // Received Mon 9 Feb 2026: 4 working days before Tết (10–13 Feb), 11 after it (23 Feb – 9 Mar).
        Deadline.Compute(_calendar, new DateOnly(2026, 2, 9), 15, TimeLimitUnit.WorkingDays)
            .Should().Be(new DateOnly(2026, 3, 9));
    }

    [Fact]
    public void Calendar_day_limit_counts_the_Tet_break()
    {
        Deadline.Compute(_calendar, new DateOnly(2026, 2, 2), 15, TimeLimitUnit.CalendarDays)
            .Should().Be(new DateOnly(2026, 2, 17).AddDays(6));
    }

    [Fact]
    public void Calendar_day_limit_ending_on_a_day_off_moves_to_the_next_working_day()
    {
        // 1 Feb + 15 days = Mon 16 Feb, a Tết day; the limit ends on Mon 23 Feb.
        Deadline.Compute(_calendar, new DateOnly(2026, 2, 1), 15, TimeLimitUnit.CalendarDays)
            .Should().Be(new DateOnly(2026, 2, 23));
    }

    [Fact]
    public void Calendar_day_limit_ending_on_a_working_day_is_not_moved()
    {
        Deadline.Compute(_calendar, new DateOnly(2026, 3, 2), 10, TimeLimitUnit.CalendarDays)
            .Should().Be(new DateOnly(2026, 3, 12));
    }

    [Fact]
    public void Negative_limit_is_rejected()
    {
        var act = () => Deadline.Compute(_calendar, new DateOnly(2026, 3, 2), -1, TimeLimitUnit.WorkingDays);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
