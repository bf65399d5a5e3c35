using AwesomeAssertions;
using Xunit;

namespace InvestAid.Workflows.Calendar;

public sealed class SlaClockTests
{
    private static readonly DateOnly Monday2March = new(2026, 3, 2);

    private readonly WorkingDayCalendar _calendar = new(VietnamCalendarSeed.DataSource);

    private static SlaClock TenWorkingDays() => new(Monday2March, 10, TimeLimitUnit.WorkingDays);

    [Fact]
    public void Clock_without_pauses_is_due_after_the_limit()
    {
        TenWorkingDays().DueDate(_calendar).Should().Be(new DateOnly(2026, 3, 16));
    }

    [Fact]
    public void Pause_of_five_working_days_pushes_the_due_date_by_five_working_days()
    {
        // Paused after Wed 4 Mar, resumed after Wed 11 Mar: 5, 6, 9, 10, 11 Mar not counted.
        var clock = TenWorkingDays().Pause(new DateOnly(2026, 3, 4)).Resume(new DateOnly(2026, 3, 11));

        clock.DueDate(_calendar).Should().Be(new DateOnly(2026, 3, 23));
    }

    [Fact]
    public void Pause_days_are_not_counted_as_used()
    {
        var clock = TenWorkingDays().Pause(new DateOnly(2026, 3, 4)).Resume(new DateOnly(2026, 3, 11));

        clock.UsedAsOf(_calendar, new DateOnly(2026, 3, 11)).Should().Be(2);
        clock.RemainingAsOf(_calendar, new DateOnly(2026, 3, 11)).Should().Be(8);
    }

    [Fact]
    public void Open_pause_stops_the_used_count_and_leaves_no_due_date()
    {
        var clock = TenWorkingDays().Pause(new DateOnly(2026, 3, 4));

        clock.UsedAsOf(_calendar, new DateOnly(2026, 3, 20)).Should().Be(2);
        clock.DueDate(_calendar).Should().BeNull();
    }

    [Fact]
    public void Remaining_is_zero_on_the_due_date()
    {
        var clock = TenWorkingDays().Pause(new DateOnly(2026, 3, 4)).Resume(new DateOnly(2026, 3, 11));

        clock.RemainingAsOf(_calendar, new DateOnly(2026, 3, 23)).Should().Be(0);
        clock.RemainingAsOf(_calendar, new DateOnly(2026, 3, 20)).Should().Be(1);
    }

    [Fact]
    public void Pause_and_resume_leave_the_original_clock_unchanged()
    {
        var clock = TenWorkingDays();

        _ = clock.Pause(new DateOnly(2026, 3, 4));

        clock.Pauses.Should().BeEmpty();
    }

    [Fact]
    public void Clocks_with_the_same_pauses_are_equal()
    {
        var a = TenWorkingDays().Pause(new DateOnly(2026, 3, 4)).Resume(new DateOnly(2026, 3, 11));
        var b = TenWorkingDays().Pause(new DateOnly(2026, 3, 4)).Resume(new DateOnly(2026, 3, 11));

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Calendar_day_clock_is_pushed_by_the_calendar_days_of_the_pause()
    {
        var clock = new SlaClock(Monday2March, 10, TimeLimitUnit.CalendarDays)
            .Pause(new DateOnly(2026, 3, 4)).Resume(new DateOnly(2026, 3, 7));

        clock.DueDate(_calendar).Should().Be(new DateOnly(2026, 3, 16));
    }

    [Fact]
    public void Pausing_a_paused_clock_is_rejected()
    {
        var act = () => TenWorkingDays().Pause(new DateOnly(2026, 3, 4)).Pause(new DateOnly(2026, 3, 5));

        act.Should().Throw<InvalidOperationException>().WithMessage("*already paused*");
    }

    [Fact]
    public void Resuming_a_running_clock_is_rejected()
    {
        var act = () => TenWorkingDays().Resume(new DateOnly(2026, 3, 5));

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Pause_before_the_start_is_rejected()
    {
        var act = () => TenWorkingDays().Pause(new DateOnly(2026, 2, 27));

        act.Should().Throw<ArgumentException>().WithMessage("*before the clock start*");
    }

    [Fact]
    public void Resume_before_the_pause_is_rejected()
    {
        var act = () => TenWorkingDays().Pause(new DateOnly(2026, 3, 4)).Resume(new DateOnly(2026, 3, 3));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
