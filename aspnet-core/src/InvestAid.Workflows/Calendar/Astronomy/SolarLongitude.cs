namespace InvestAid.Workflows.Calendar.Astronomy;

/// <summary>
/// Apparent geocentric longitude of the Sun after Meeus chapter 25 ("low accuracy", about
/// 0.01°, i.e. a quarter of an hour of the Sun's motion). The solar terms that fix month 11
/// and the leap month only need the day, so this is sufficient.
/// </summary>
internal static class SolarLongitude
{
    /// <summary>Apparent longitude in degrees [0, 360) at <paramref name="jde"/> (Terrestrial Time).</summary>
    public static double Apparent(double jde)
    {
        var t = (jde - 2_451_545.0) / 36_525.0;
        var l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
        var m = Angle.Radians(357.52911 + 35_999.05029 * t - 0.0001537 * t * t);
        var c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(m)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * m)
            + 0.000289 * Math.Sin(3 * m);
        var trueLongitude = l0 + c;

        // Nutation and aberration (25.8).
        var omega = Angle.Radians(125.04 - 1934.136 * t);
        return Angle.Normalize(trueLongitude - 0.00569 - 0.00478 * Math.Sin(omega));
    }

    /// <summary>JDE at which the apparent longitude equals <paramref name="targetDegrees"/>, searched from <paramref name="guessJde"/>.</summary>
    public static double InstantOf(double targetDegrees, double guessJde)
    {
        const double tropicalYear = 365.2422;
        var jde = guessJde;
        for (var i = 0; i < 20; i++)
        {
            var delta = Angle.Normalize(targetDegrees - Apparent(jde) + 180.0) - 180.0;
            jde += delta * tropicalYear / 360.0;
            if (Math.Abs(delta) < 1e-7)
            {
                break;
            }
        }

        return jde;
    }
}
