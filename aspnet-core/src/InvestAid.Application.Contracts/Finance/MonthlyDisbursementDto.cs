namespace InvestAid.Finance;

/// <summary>One month of the chart: the plan in force at the month's end and what was disbursed, in the month and since 1 January.</summary>
public sealed record MonthlyDisbursementDto(int Month, decimal PlanVnd, decimal DisbursedVnd, decimal CumulativeVnd, decimal CumulativeUsd);
