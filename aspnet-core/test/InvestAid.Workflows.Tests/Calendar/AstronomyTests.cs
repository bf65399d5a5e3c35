using AwesomeAssertions;
using InvestAid.Workflows.Calendar.Astronomy;
using Xunit;

namespace InvestAid.Workflows.Calendar;

/// <summary>The worked examples of Meeus' Astronomical Algorithms, so a mistyped coefficient shows up here first.</summary>
public sealed class AstronomyTests
{
    [Fact]
    public void New_moon_of_February_1977_matches_Meeus_example_49a()
    {
        MoonPhases.NewMoon(-283).Should().BeApproximately(2_443_192.65118, 0.00001);
    }

    [Fact]
    public void Apparent_solar_longitude_on_13_October_1992_matches_Meeus_example_25a()
    {
        SolarLongitude.Apparent(2_448_908.5).Should().BeApproximately(199.90895, 0.0001);
    }
}
