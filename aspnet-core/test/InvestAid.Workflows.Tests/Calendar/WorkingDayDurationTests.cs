using AwesomeAssertions;
using Xunit;

namespace InvestAid.Workflows.Calendar;

public sealed class WorkingDayDurationTests
{
    [Fact]
    public void P10WD_is_ten_working_days()
    {
        WorkingDayDuration.Parse("P10WD").Days.Should().Be(10);
    }

    [Fact]
    public void Duration_prints_back_as_P_n_WD()
    {
        new WorkingDayDuration(15).ToString().Should().Be("P15WD");
    }

    [Fact]
    public void Surrounding_whitespace_and_lower_case_are_accepted()
    {
        WorkingDayDuration.Parse(" p5wd ").Should().Be(new WorkingDayDuration(5));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("10")]
    [InlineData("P10D")]
    [InlineData("PT10WD")]
    [InlineData("P-1WD")]
    [InlineData("P1.5WD")]
    [InlineData("PWD")]
    [InlineData("P10WDX")]
    [InlineData("P 10WD")]
    [InlineData("P99999WD")]
    [InlineData("P99999999999WD")]
    public void Bad_text_is_rejected_with_a_format_error(string text)
    {
        var act = () => WorkingDayDuration.Parse(text);

        act.Should().Throw<FormatException>().WithMessage("*working*");
    }

    [Fact]
    public void Error_names_the_expected_form()
    {
        var act = () => WorkingDayDuration.Parse("P10D");

        act.Should().Throw<FormatException>().WithMessage("'P10D' is not a working-day duration; expected P<n>WD*");
    }

    [Fact]
    public void Null_is_rejected_by_TryParse()
    {
        WorkingDayDuration.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Duration_added_to_a_date_counts_working_days()
    {
        var calendar = new WorkingDayCalendar(VietnamCalendarSeed.DataSource);

        WorkingDayDuration.Parse("P10WD").AddTo(calendar, new DateOnly(2026, 2, 13))
            .Should().Be(new DateOnly(2026, 3, 6));
    }
}
