namespace InvestAid.Finance;

/// <summary>
/// An ODA project's year: the plan in force (and its revisions), cumulative disbursement by month for a chart,
/// and the disbursement rate (disbursed / plan in force), all in VND with USD totals.
/// </summary>
public sealed record FinanceSummaryDto(
    Guid ProjectId, string Code, string? DonorCode, int Year, decimal PlanVnd, decimal DisbursedVnd, decimal DisbursedUsd, decimal? DisbursementRate,
    IReadOnlyList<MonthlyDisbursementDto> Months, IReadOnlyList<CapitalPlanDto> PlanRevisions);
