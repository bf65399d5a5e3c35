namespace InvestAid.Reports;

/// <summary>
/// ODA and concessional loans from <see cref="From"/> to <see cref="To"/> (a year, or any period within one plan year):
/// projects in implementation (started by the period end, not ended before its start), of which newly started (actual
/// start in the period) and completed (actual end in the period); each project's annual capital plan of
/// <see cref="PlanYear"/> in force on <see cref="PlanAsOf"/> against what it disbursed in the period, by project, by donor
/// and by source of funds (ODA, Loan, Counterpart), with the totals. <see cref="RateDate"/>: the day whose USD rate priced
/// the plans, when chosen; otherwise each agreement's own rate.
/// </summary>
public sealed record OdaReportDto(
    int Year,
    DateOnly PlanAsOf,
    IReadOnlyList<OdaReportRow> ByProject,
    IReadOnlyList<OdaReportRow> ByDonor,
    IReadOnlyList<OdaReportRow> BySource,
    OdaReportRow Total)
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public int PlanYear { get; init; }
    public DateOnly? RateDate { get; init; }
    public OdaImplementation Implementation { get; init; } = new(0, 0, 0, [], [], []);
}

/// <summary>Counts of ODA / loan projects in implementation in the period, of which newly started and completed, with their codes.</summary>
public sealed record OdaImplementation(
    int InImplementation,
    int NewlyStarted,
    int Completed,
    IReadOnlyList<string> InImplementationCodes,
    IReadOnlyList<string> NewlyStartedCodes,
    IReadOnlyList<string> CompletedCodes);
