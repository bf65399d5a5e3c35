namespace InvestAid.Workflows.Calendar.Astronomy;

/// <summary>Conversions between <see cref="DateOnly"/> and Julian day numbers.</summary>
internal static class JulianDay
{
    /// <summary><see cref="DateOnly.DayNumber"/> of 1 Jan 0001 (proleptic Gregorian) is 0; its JDN is 1,721,426.</summary>
    private const int DayNumberToJdn = 1_721_426;

    /// <summary>Julian day number (the JD at noon of that civil date).</summary>
    public static int ToJdn(DateOnly date) => date.DayNumber + DayNumberToJdn;

    public static DateOnly FromJdn(int jdn) => DateOnly.FromDayNumber(jdn - DayNumberToJdn);

    /// <summary>Decimal year of a Julian date, precise enough for ΔT.</summary>
    public static double DecimalYear(double jd) => 2000.0 + (jd - 2_451_545.0) / 365.25;
}
