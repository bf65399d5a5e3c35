namespace InvestAid.Workflows.Calendar.Astronomy;

/// <summary>
/// True new moon after Meeus, <i>Astronomical Algorithms</i> (2nd ed.), chapter 49: mean phase
/// (49.1), the periodic terms for the new moon and the 14 planetary-argument corrections.
/// Stated accuracy is a few seconds for 1900–2100, far below the hour that could move a date.
/// </summary>
internal static class MoonPhases
{
    /// <summary>Mean synodic month in days (Meeus 49.1).</summary>
    public const double SynodicMonth = 29.530588861;

    /// <summary>JDE of the mean new moon of lunation 0 (6 Jan 2000).</summary>
    public const double Epoch = 2_451_550.09766;

    /// <summary>JDE (Terrestrial Time) of new moon number <paramref name="k"/>; k = 0 is 6 Jan 2000.</summary>
    public static double NewMoon(int k)
    {
        double kk = k;
        var t = kk / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;

        var jde = Epoch + SynodicMonth * kk + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

        // Eccentricity of Earth's orbit (47.6): terms with the Sun's anomaly are scaled by it.
        var e = 1 - 0.002516 * t - 0.0000074 * t2;
        var m = Angle.Radians(2.5534 + 29.10535670 * kk - 0.0000014 * t2 - 0.00000011 * t3);
        var mp = Angle.Radians(201.5643 + 385.81693528 * kk + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        var f = Angle.Radians(160.7108 + 390.67050284 * kk - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        var omega = Angle.Radians(124.7746 - 1.56375588 * kk + 0.0020672 * t2 + 0.00000215 * t3);

        var correction =
            -0.40720 * Math.Sin(mp)
            + 0.17241 * e * Math.Sin(m)
            + 0.01608 * Math.Sin(2 * mp)
            + 0.01039 * Math.Sin(2 * f)
            + 0.00739 * e * Math.Sin(mp - m)
            - 0.00514 * e * Math.Sin(mp + m)
            + 0.00208 * e * e * Math.Sin(2 * m)
            - 0.00111 * Math.Sin(mp - 2 * f)
            - 0.00057 * Math.Sin(mp + 2 * f)
            + 0.00056 * e * Math.Sin(2 * mp + m)
            - 0.00042 * Math.Sin(3 * mp)
            + 0.00042 * e * Math.Sin(m + 2 * f)
            + 0.00038 * e * Math.Sin(m - 2 * f)
            - 0.00024 * e * Math.Sin(2 * mp - m)
            - 0.00017 * Math.Sin(omega)
            - 0.00007 * Math.Sin(mp + 2 * m)
            + 0.00004 * Math.Sin(2 * mp - 2 * f)
            + 0.00004 * Math.Sin(3 * m)
            + 0.00003 * Math.Sin(mp + m - 2 * f)
            + 0.00003 * Math.Sin(2 * mp + 2 * f)
            - 0.00003 * Math.Sin(mp + m + 2 * f)
            + 0.00003 * Math.Sin(mp - m + 2 * f)
            - 0.00002 * Math.Sin(mp - m - 2 * f)
            - 0.00002 * Math.Sin(3 * mp + m)
            + 0.00002 * Math.Sin(4 * mp);

        var planetary =
            0.000325 * Math.Sin(Angle.Radians(299.77 + 0.107408 * kk - 0.009173 * t2))
            + 0.000165 * Math.Sin(Angle.Radians(251.88 + 0.016321 * kk))
            + 0.000164 * Math.Sin(Angle.Radians(251.83 + 26.651886 * kk))
            + 0.000126 * Math.Sin(Angle.Radians(349.42 + 36.412478 * kk))
            + 0.000110 * Math.Sin(Angle.Radians(84.66 + 18.206239 * kk))
            + 0.000062 * Math.Sin(Angle.Radians(141.74 + 53.303771 * kk))
            + 0.000060 * Math.Sin(Angle.Radians(207.14 + 2.453732 * kk))
            + 0.000056 * Math.Sin(Angle.Radians(154.84 + 7.306860 * kk))
            + 0.000047 * Math.Sin(Angle.Radians(34.52 + 27.261239 * kk))
            + 0.000042 * Math.Sin(Angle.Radians(207.19 + 0.121824 * kk))
            + 0.000040 * Math.Sin(Angle.Radians(291.34 + 1.844379 * kk))
            + 0.000037 * Math.Sin(Angle.Radians(161.72 + 24.198154 * kk))
            + 0.000035 * Math.Sin(Angle.Radians(239.56 + 25.513099 * kk))
            + 0.000023 * Math.Sin(Angle.Radians(331.55 + 3.592518 * kk));

        return jde + correction + planetary;
    }

    /// <summary>Lunation number whose mean new moon is nearest before <paramref name="jd"/> (may be off by one; callers adjust).</summary>
    public static int LunationBefore(double jd) => (int)Math.Floor((jd - Epoch) / SynodicMonth);
}
