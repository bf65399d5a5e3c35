namespace InvestAid.Reports;

/// <summary>
/// The period of an ODA or NGO aid report: a <see cref="Year"/>, or <see cref="From"/> and <see cref="To"/> (within one
/// calendar year, whose annual plan is read). <see cref="RateDate"/> (ODA): price plans in USD at the USD rate of that day
/// instead of each financing agreement's rate.
/// </summary>
public sealed record AidReportQuery
{
    public int? Year { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public DateOnly? RateDate { get; init; }
}
