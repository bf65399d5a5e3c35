namespace InvestAid.Workflows.Calendar.Astronomy;

/// <summary>
/// ΔT = TT − UT in seconds, by the polynomial fits of Espenak and Meeus (NASA, 2006) for
/// 1900–2200. Meeus' new-moon and sun formulas give Terrestrial Time; civil dates need UT.
/// ΔT is about a minute today, so its fit error cannot move a date except at a boundary.
/// </summary>
internal static class DeltaT
{
    public static double Seconds(double decimalYear)
    {
        var y = decimalYear;
        if (y < 1900)
        {
            // Outside the calendar's range; clamp rather than extrapolate a fit.
            y = 1900;
        }

        if (y < 1920)
        {
            var t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.Pow(t, 4);
        }

        if (y < 1941)
        {
            var t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }

        if (y < 1961)
        {
            var t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }

        if (y < 1986)
        {
            var t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }

        if (y < 2005)
        {
            var t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.Pow(t, 3)
                + 0.000651814 * Math.Pow(t, 4) + 0.00002373599 * Math.Pow(t, 5);
        }

        if (y < 2050)
        {
            var t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }

        var u = (y - 1820) / 100;
        return y < 2150
            ? -20 + 32 * u * u - 0.5628 * (2150 - y)
            : -20 + 32 * u * u;
    }

    public static double Days(double jd) => Seconds(JulianDay.DecimalYear(jd)) / 86_400.0;
}
