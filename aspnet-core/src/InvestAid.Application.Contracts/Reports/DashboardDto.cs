namespace InvestAid.Reports;

/// <summary>The home page: KPI tiles and chart series of <see cref="Year"/>, figures as of <see cref="AsOf"/> (today within the current year).</summary>
public sealed record DashboardDto(
    int Year,
    DateOnly AsOf,
    DashboardKpis Kpis,
    IReadOnlyList<DashboardMonth> NewAndAddedByMonth,
    IReadOnlyList<DashboardSlice> ByCountry,
    IReadOnlyList<DashboardSlice> BySection);

/// <summary>
/// KPI tiles. <see cref="OdaDisbursementRate"/> comes with the finance module's disbursements; until then null.
/// </summary>
public sealed record DashboardKpis(
    int NewFdiProjects,
    decimal NewFdiCapitalUsd,
    int ValidFdiProjects,
    decimal ValidFdiCapitalUsd,
    int NgoCommitments,
    decimal NgoCommittedUsd,
    int OdaAgreements,
    decimal OdaCommittedUsd,
    decimal? OdaDisbursementRate);

/// <summary>New + added FDI capital of a month, this year and last; <see cref="Link"/> opens the project list filtered the same way.</summary>
public sealed record DashboardMonth(int Month, decimal ThisYearUsd, decimal LastYearUsd, IReadOnlyDictionary<string, string> Filter, string Link);

/// <summary>One bar of a breakdown chart (new + added + contributed capital), with the project-list filter it stands for.</summary>
public sealed record DashboardSlice(string? Code, string? NameVi, string? NameEn, decimal ValueUsd, int NewProjects, IReadOnlyDictionary<string, string> Filter, string Link);

public sealed record DashboardQuery
{
    public int? Year { get; init; }
}
