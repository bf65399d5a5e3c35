namespace InvestAid.Reports;

/// <summary>
/// Plan vs disbursed of one project, donor or source in the period. Foreign capital (ODA and concessional loans) and
/// counterpart capital are always kept apart: <see cref="PlanVnd"/>, <see cref="DisbursedVnd"/>, <see cref="PlanUsd"/>,
/// <see cref="DisbursedUsd"/> and <see cref="DisbursementRate"/> are FOREIGN capital only; the Counterpart… figures are the
/// counterpart funds. The plan is the one in force at the period end. USD of a plan: with the financing agreement's rate,
/// or the USD rate of the chosen day; when no rate exists the USD figure is null and <see cref="UsdRateMissing"/> true
/// (never 0). <see cref="Kinds"/> lists the project kinds in the group.
/// </summary>
public sealed record OdaReportRow(
    string? Code,
    string? NameVi,
    string? NameEn,
    string? DonorCode,
    int Projects,
    decimal PlanVnd,
    decimal DisbursedVnd,
    decimal? PlanUsd,
    decimal DisbursedUsd,
    decimal? DisbursementRate,
    IReadOnlyList<string> Kinds)
{
    public decimal PlanCounterpartVnd { get; init; }
    public decimal DisbursedCounterpartVnd { get; init; }
    public decimal? PlanCounterpartUsd { get; init; }
    public decimal DisbursedCounterpartUsd { get; init; }
    public decimal? CounterpartDisbursementRate { get; init; }
    /// <summary>True when a plan of the row could not be priced in USD (no agreement rate, no rate on the chosen day).</summary>
    public bool UsdRateMissing { get; init; }
    /// <summary>Project and donor rows: the donor's name in Vietnamese and in English (reference data), beside its code.</summary>
    public string? DonorNameVi { get; init; }
    public string? DonorNameEn { get; init; }
    /// <summary>Project rows only: status, start and end as recorded, and how the row stands in the period.</summary>
    public string? Status { get; init; }
    public DateOnly? ActualStart { get; init; }
    public DateOnly? ActualEnd { get; init; }
    public bool InImplementation { get; init; }
    public bool StartedInPeriod { get; init; }
    public bool CompletedInPeriod { get; init; }
    /// <summary>Project rows only: the plan revision in force at the period end (0 = first plan) and its effective date.</summary>
    public int? PlanRevision { get; init; }
    public DateOnly? PlanEffectiveDate { get; init; }
}
