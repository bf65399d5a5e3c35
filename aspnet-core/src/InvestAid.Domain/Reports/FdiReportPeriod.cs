namespace InvestAid.Reports;

/// <summary>
/// The period of a monthly FDI summary: 1 January of <see cref="Year"/> to the cut-off day of <see cref="Month"/>,
/// and the same period of the previous year: a month-end cut-off compares with the whole month a year earlier
/// (28 Feb 2025 with 29 Feb 2024); any other day with the same day (29 Feb 2024 with 28 Feb 2023).
/// </summary>
public sealed record FdiReportPeriod(int Year, int Month, DateOnly Cutoff)
{
    public DateOnly From => new(Year, 1, 1);
    public DateOnly PreviousFrom => new(Year - 1, 1, 1);
    public DateOnly PreviousCutoff => new(Year - 1, Month,
        IsDefaultCutoff ? DateTime.DaysInMonth(Year - 1, Month) : Math.Min(Cutoff.Day, DateTime.DaysInMonth(Year - 1, Month)));

    public static FdiReportPeriod Of(int year, int month, int? cutoffDay = null) =>
        new(year, month, new DateOnly(year, month, cutoffDay ?? DateTime.DaysInMonth(year, month)));

    public bool IsDefaultCutoff => Cutoff.Day == DateTime.DaysInMonth(Year, Month);
}
