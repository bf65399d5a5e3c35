using InvestAid.Projects;

namespace InvestAid.Reports;

/// <summary>The per-project figures of the ODA and NGO reports, one SQL statement each; the service groups them.</summary>
public interface IAidReportQueries
{
    /// <summary>ODA and concessional-loan projects with a plan for <paramref name="year"/> in force on 31 December, or disbursements in the year.</summary>
    Task<IReadOnlyList<OdaProjectFigures>> OdaProjectsAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>NGO aid projects in force in <paramref name="year"/> or with receipts in it.</summary>
    Task<IReadOnlyList<NgoProjectFigures>> NgoProjectsAsync(int year, CancellationToken cancellationToken = default);
}

/// <summary>
/// One ODA / loan project's year: the plan in force at year end split into foreign and counterpart funds, and the
/// disbursements of the year by source. Plan USD: the plan's own amounts when it is in USD, otherwise its VND at the USD
/// reference rate on or before the revision's effective date (0 without such a rate).
/// </summary>
public sealed record OdaProjectFigures(
    Guid Id, string Code, string NameVi, string? NameEn, ProjectKind Kind,
    string? DonorCode, string? DonorNameVi, string? DonorNameEn,
    decimal AgreementOda, decimal AgreementLoan,
    decimal PlanForeignVnd, decimal PlanCounterpartVnd, decimal PlanForeignUsd, decimal PlanCounterpartUsd,
    decimal OdaVnd, decimal LoanVnd, decimal CounterpartVnd, decimal OdaUsd, decimal LoanUsd, decimal CounterpartUsd);

/// <summary>One NGO programme's year.</summary>
public sealed record NgoProjectFigures(
    Guid Id, string Code, string NameVi, string? NameEn,
    string? DonorCode, string? DonorNameVi, string? DonorNameEn,
    string? DacCode, string? DacNameVi, string? DacNameEn, string? Field,
    DateOnly? ApprovalDate, bool ApprovedInYear, bool InForce, decimal CommittedUsd, decimal ReceivedUsd, decimal ReceivedVnd);
