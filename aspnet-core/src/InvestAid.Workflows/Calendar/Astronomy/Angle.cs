namespace InvestAid.Workflows.Calendar.Astronomy;

internal static class Angle
{
    public static double Radians(double degrees) => degrees * (Math.PI / 180.0);

    /// <summary>Reduces an angle in degrees to [0, 360).</summary>
    public static double Normalize(double degrees)
    {
        var r = degrees % 360.0;
        return r < 0 ? r + 360.0 : r;
    }
}
