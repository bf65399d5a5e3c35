namespace InvestAid.Finance;

/// <summary>
/// The quarter checkpoints of an annual capital plan. By the end of quarter q the project should have disbursed
/// q/4 of the year's plan; it lags when what it disbursed falls short of that by more than the threshold share
/// of it (e.g. 0.2: less than 80 % of the expected amount).
/// </summary>
public static class DisbursementLag
{
    /// <summary>The last quarter checkpoint (31 Mar, 30 Jun, 30 Sep, 31 Dec) on or before <paramref name="day"/> (31 December of the year before, until the first one of the year).</summary>
    public static (int Year, int Quarter, DateOnly Date) LastCheckpoint(DateOnly day)
    {
        for (var quarter = 4; quarter >= 1; quarter--)
        {
            var end = QuarterEnd(day.Year, quarter);
            if (end <= day)
            {
                return (day.Year, quarter, end);
            }
        }
        return (day.Year - 1, 4, new DateOnly(day.Year - 1, 12, 31));
    }

    public static DateOnly QuarterEnd(int year, int quarter) =>
        new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);

    public static decimal Expected(decimal annualPlan, int quarter) => annualPlan * quarter / 4m;

    /// <summary>The share of the expected amount not disbursed (0 when on or ahead of plan).</summary>
    public static decimal LagShare(decimal annualPlan, int quarter, decimal disbursed)
    {
        var expected = Expected(annualPlan, quarter);
        return expected <= 0 ? 0m : Math.Max(0m, (expected - disbursed) / expected);
    }

    public static bool Lags(decimal annualPlan, int quarter, decimal disbursed, decimal threshold) =>
        LagShare(annualPlan, quarter, disbursed) > threshold;
}
