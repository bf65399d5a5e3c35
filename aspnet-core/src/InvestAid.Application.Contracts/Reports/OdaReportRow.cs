namespace InvestAid.Reports;

/// <summary>
/// Plan vs disbursed of one project, donor or source in a year, in VND and USD. <see cref="DisbursementRate"/> is
/// disbursed ÷ plan in VND (null when there is no plan); <see cref="Kinds"/> lists the project kinds in the group.
/// </summary>
public sealed record OdaReportRow(
    string? Code,
    string? NameVi,
    string? NameEn,
    string? DonorCode,
    int Projects,
    decimal PlanVnd,
    decimal DisbursedVnd,
    decimal PlanUsd,
    decimal DisbursedUsd,
    decimal? DisbursementRate,
    IReadOnlyList<string> Kinds);
