using InvestAid.Workflows.Calendar.Astronomy;

namespace InvestAid.Workflows.Calendar;

/// <summary>
/// The lunar months from the month 11 that holds the December solstice of Gregorian year
/// <see cref="GregorianYear"/> up to (not including) the next month 11: 12 months, or 13 in a
/// leap year, the leap one being the first month without a major solar term (zhongqi).
/// </summary>
internal sealed class SolsticeYear
{
    private const double WinterSolstice = 270.0;

    /// <summary>Local start dates (JDN) of the months, plus the start of the next month 11 at the end.</summary>
    private readonly int[] _starts;

    /// <summary>Index in <see cref="_starts"/> of the leap month, or -1.</summary>
    private readonly int _leapIndex;

    private SolsticeYear(int gregorianYear, int[] starts, int leapIndex)
    {
        GregorianYear = gregorianYear;
        _starts = starts;
        _leapIndex = leapIndex;
    }

    public int GregorianYear { get; }

    public int MonthCount => _starts.Length - 1;

    public int LeapIndex => _leapIndex;

    public int StartJdn(int index) => _starts[index];

    public static SolsticeYear Compute(int gregorianYear)
    {
        var first = Month11Lunation(gregorianYear);
        var next = Month11Lunation(gregorianYear + 1);
        var count = next - first;
        if (count is not (12 or 13))
        {
            throw new CalendarException(
                $"Astronomical computation found {count} lunar months after the {gregorianYear} winter solstice; expected 12 or 13.");
        }

        var starts = new int[count + 1];
        for (var i = 0; i <= count; i++)
        {
            starts[i] = VietnamJulianDay.LocalJdn(MoonPhases.NewMoon(first + i));
        }

        var leapIndex = -1;
        if (count == 13)
        {
            // Month 11 itself holds the solstice, so the search starts with the month after it.
            for (var i = 1; i < count; i++)
            {
                if (!HasMajorTerm(starts[i], starts[i + 1]))
                {
                    leapIndex = i;
                    break;
                }
            }

            if (leapIndex < 0)
            {
                throw new CalendarException(
                    $"The lunar year after the {gregorianYear} winter solstice has 13 months but none lacks a major solar term.");
            }
        }

        return new SolsticeYear(gregorianYear, starts, leapIndex);
    }

    /// <summary>Month number (1–12) of the month at <paramref name="index"/>; a leap month repeats the number before it.</summary>
    public int MonthNumber(int index)
    {
        var number = 11;
        for (var i = 1; i <= index; i++)
        {
            if (i != _leapIndex)
            {
                number = number % 12 + 1;
            }
        }

        return number;
    }

    /// <summary>Index of month 1 (the month that begins with Tết).</summary>
    public int FirstMonthIndex => _leapIndex is > 0 and <= 2 ? 3 : 2;

    /// <summary>
    /// A major term (multiple of 30° of solar longitude) falls in a month when the Sun's 30°
    /// sector at local midnight of the month's first day differs from that of the next month's.
    /// </summary>
    private static bool HasMajorTerm(int startJdn, int nextStartJdn) =>
        Sector(startJdn) != Sector(nextStartJdn);

    private static int Sector(int jdn) =>
        (int)Math.Floor(SolarLongitude.Apparent(VietnamJulianDay.LocalMidnightJde(jdn)) / 30.0);

    /// <summary>Lunation number k of the month whose local day range contains the local date of the December solstice.</summary>
    private static int Month11Lunation(int gregorianYear)
    {
        var guess = JulianDay.ToJdn(new DateOnly(gregorianYear, 12, 21));
        var solsticeJdn = VietnamJulianDay.LocalJdn(SolarLongitude.InstantOf(WinterSolstice, guess));

        var k = MoonPhases.LunationBefore(solsticeJdn);
        while (VietnamJulianDay.LocalJdn(MoonPhases.NewMoon(k + 1)) <= solsticeJdn)
        {
            k++;
        }

        while (VietnamJulianDay.LocalJdn(MoonPhases.NewMoon(k)) > solsticeJdn)
        {
            k--;
        }

        return k;
    }
}
