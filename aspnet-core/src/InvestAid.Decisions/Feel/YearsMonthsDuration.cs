using System.Globalization;

namespace InvestAid.Decisions.Feel;

/// <summary>FEEL's years-and-months duration (e.g. P1Y6M), kept as a number of months.</summary>
public readonly record struct YearsMonthsDuration(int Months) : IComparable<YearsMonthsDuration>
{
    public int CompareTo(YearsMonthsDuration other) => Months.CompareTo(other.Months);

    public override string ToString()
    {
        var sign = Months < 0 ? "-" : "";
        var m = Math.Abs(Months);
        return m == 0 ? "P0M" : sign + "P" + (m / 12 > 0 ? (m / 12).ToString(CultureInfo.InvariantCulture) + "Y" : "") + (m % 12 > 0 ? (m % 12).ToString(CultureInfo.InvariantCulture) + "M" : "");
    }
}
