namespace InvestAid.Reports;

/// <summary>The home page: KPI tiles and chart series of <see cref="Year"/>, figures as of <see cref="AsOf"/> (today within the current year).</summary>
public sealed record DashboardDto(
    int Year,
    DateOnly AsOf,
    DashboardKpis Kpis,
    IReadOnlyList<DashboardMonth> NewAndAddedByMonth,
    IReadOnlyList<DashboardSlice> ByCountry,
    IReadOnlyList<DashboardSlice> BySection,
    IReadOnlyList<DashboardDonorBar> OdaByDonor);

/// <summary>
/// ODA plan of FOREIGN capital (in force on 31 December) vs disbursed of one donor in the year, as in the ODA report (counterpart
/// funds apart there; <see cref="UsdRateMissing"/> when a plan had no rate and <see cref="PlanUsd"/> is then null); <see cref="Filter"/>
/// and <see cref="Link"/> open the project list on the donor's projects (kind given when they are all of one kind).
/// </summary>
public sealed record DashboardDonorBar(string? Code, string? NameVi, string? NameEn, int Projects, decimal PlanVnd, decimal DisbursedVnd,
    decimal? PlanUsd, decimal DisbursedUsd, decimal? DisbursementRate, IReadOnlyDictionary<string, string> Filter, string Link)
{
    public bool UsdRateMissing { get; init; }
}

/// <summary>
/// KPI tiles. <see cref="OdaDisbursementRate"/>: the year's ODA and loan disbursements ÷ the plans in force on 31 December,
/// in VND (0.2500 = 25 %), as in the ODA report; null when no plan was adopted.
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
    decimal? OdaDisbursementRate)
{
    /// <summary>As in the ODA report of the year: projects in implementation, of which newly started, and completed; the plans of foreign and counterpart capital.</summary>
    public int OdaInImplementation { get; init; }
    public int OdaNewlyStarted { get; init; }
    public int OdaCompleted { get; init; }
    public decimal OdaPlanForeignVnd { get; init; }
    public decimal OdaPlanCounterpartVnd { get; init; }
    /// <summary>As in the NGO report of the year: aid approved (count, USD), programmes being implemented, their commitment for the year.</summary>
    public int NgoApproved { get; init; }
    public decimal NgoApprovedUsd { get; init; }
    public int NgoInImplementation { get; init; }
    public decimal NgoCommitmentInPeriodUsd { get; init; }
}

/// <summary>New + added FDI capital of a month, this year and last; <see cref="Link"/> opens the project list filtered the same way.</summary>
public sealed record DashboardMonth(int Month, decimal ThisYearUsd, decimal LastYearUsd, IReadOnlyDictionary<string, string> Filter, string Link);

/// <summary>One bar of a breakdown chart (new + added + contributed capital), with the project-list filter it stands for.</summary>
public sealed record DashboardSlice(string? Code, string? NameVi, string? NameEn, decimal ValueUsd, int NewProjects, IReadOnlyDictionary<string, string> Filter, string Link);

public sealed record DashboardQuery
{
    public int? Year { get; init; }
}
