namespace InvestAid.Reports;

/// <summary>
/// ODA and concessional loans in <see cref="Year"/>: each project's annual capital plan in force on <see cref="PlanAsOf"/>
/// (31 December: the latest revision effective by then) against what it disbursed in the year, by project, by donor and
/// by source of funds (ODA, Loan, Counterpart), with the totals.
/// </summary>
public sealed record OdaReportDto(
    int Year,
    DateOnly PlanAsOf,
    IReadOnlyList<OdaReportRow> ByProject,
    IReadOnlyList<OdaReportRow> ByDonor,
    IReadOnlyList<OdaReportRow> BySource,
    OdaReportRow Total);
