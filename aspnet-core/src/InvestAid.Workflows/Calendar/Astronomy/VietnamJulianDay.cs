namespace InvestAid.Workflows.Calendar.Astronomy;

/// <summary>
/// Civil dates in Viet Nam's time zone, UTC+7. The Vietnamese calendar differs from the
/// Chinese one (UTC+8) exactly when a new moon or solar term falls between 16:00 and 17:00 UT.
/// </summary>
internal static class VietnamJulianDay
{
    private const double UtcOffsetDays = 7.0 / 24.0;

    /// <summary>Local civil date (as a JDN) of an instant given in Terrestrial Time.</summary>
    public static int LocalJdn(double jde)
    {
        var jdUt = jde - DeltaT.Days(jde);
        return (int)Math.Floor(jdUt + UtcOffsetDays + 0.5);
    }

    /// <summary>Terrestrial Time of 00:00 local time on the civil date <paramref name="jdn"/>.</summary>
    public static double LocalMidnightJde(int jdn)
    {
        var jdUt = jdn - 0.5 - UtcOffsetDays;
        return jdUt + DeltaT.Days(jdUt);
    }
}
