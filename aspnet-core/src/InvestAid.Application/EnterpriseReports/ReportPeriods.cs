namespace InvestAid.EnterpriseReports;

public static class ReportPeriods
{
    public static DateOnly Start(ReportPeriodKind kind, int year, int quarter) =>
        kind == ReportPeriodKind.Yearly ? new DateOnly(year, 1, 1) : new DateOnly(year, quarter * 3 - 2, 1);

    public static DateOnly End(ReportPeriodKind kind, int year, int quarter) =>
        kind == ReportPeriodKind.Yearly ? new DateOnly(year, 12, 31) : new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);

    /// <summary>The last quarter that has ended on or before <paramref name="today"/>.</summary>
    public static (int Year, int Quarter) LastEndedQuarter(DateOnly today)
    {
        var q = (today.Month - 1) / 3; // the quarter before the current one
        return q == 0 ? (today.Year - 1, 4) : (today.Year, q);
    }
}
