using InvestAid.Projects;

namespace InvestAid.Reports;

/// <summary>
/// The per-project figures of the ODA and NGO reports, one SQL statement each; the service groups them. The report services
/// take an optional set of visible project ids at their entry (authorization scope) and keep only those rows.
/// </summary>
public interface IAidReportQueries
{
    /// <summary>
    /// ODA and concessional-loan projects in implementation in the period, or with a plan of <paramref name="planYear"/> in
    /// force on <paramref name="to"/>, or with disbursements in the period. <paramref name="rateDate"/>: the USD rate of that day
    /// (on or before) is returned with each row.
    /// </summary>
    Task<IReadOnlyList<OdaProjectFigures>> OdaProjectsAsync(DateOnly from, DateOnly to, int planYear, DateOnly? rateDate, CancellationToken cancellationToken = default);

    /// <summary>NGO aid approved by the period end (or with receipts in it), with the period's scheduled commitment and receipts.</summary>
    Task<IReadOnlyList<NgoProjectFigures>> NgoProjectsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>NGO aid dossiers received by the period end, with their procedure and decision.</summary>
    Task<IReadOnlyList<NgoDossierFigures>> NgoDossiersAsync(DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>The reference items of the lists the reports name things by (field categories and their DAC mapping, communes, procedures' names).</summary>
    Task<IReadOnlyList<ReferenceData.ReferenceItem>> ReferenceItemsAsync(IReadOnlyList<ReferenceData.ReferenceKind> kinds, CancellationToken cancellationToken = default);
}

/// <summary>
/// One ODA / loan project's period: status and dates, the financing agreement (currency, ODA / loan amounts, its rates), the
/// plan revision in force at the period end (in its currency and in VND, foreign and counterpart apart), the disbursements of the
/// period by source, and the USD rate of the chosen day when one was asked.
/// </summary>
public sealed record OdaProjectFigures(
    Guid Id, string Code, string NameVi, string? NameEn, ProjectKind Kind, ProjectStatus Status,
    DateOnly? ActualStart, DateOnly? ActualEnd,
    string? DonorCode, string? DonorNameVi, string? DonorNameEn,
    string? AgreementCurrency, decimal AgreementOda, decimal AgreementLoan, decimal AgreementRateToUsd, decimal AgreementRateToVnd,
    int? PlanRevision, DateOnly? PlanEffectiveDate, string? PlanCurrency,
    decimal PlanForeignAmount, decimal PlanCounterpartAmount, decimal PlanForeignVnd, decimal PlanCounterpartVnd,
    decimal OdaVnd, decimal LoanVnd, decimal CounterpartVnd, decimal OdaUsd, decimal LoanUsd, decimal CounterpartUsd,
    decimal? DatedUsdRateToVnd);

/// <summary>
/// One NGO aid's period: status, dates, decision, donor, DAC code, place; the whole commitment in USD; the commitment scheduled
/// in the period (expected-receipt instalments due in it) and whether a schedule exists; receipts in the period and the first receipt.
/// </summary>
public sealed record NgoProjectFigures(
    Guid Id, string Code, string NameVi, string? NameEn, ProjectStatus Status,
    string? DonorCode, string? DonorNameVi, string? DonorNameEn,
    string? DacCode, string? Field, string? CommuneCode, IReadOnlyList<string> CommuneCodes,
    DateOnly? ApprovalDate, string? DecisionNumber, DateOnly? ActualStart, DateOnly? ActualEnd, DateOnly? PlannedEnd,
    decimal CommittedUsd, bool HasSchedule, decimal ScheduledInPeriodUsd, decimal ReceivedUsd, decimal ReceivedVnd, DateOnly? FirstReceipt);

/// <summary>A dossier of NGO aid: its procedure, receipt day, status and decision day.</summary>
public sealed record NgoDossierFigures(Guid ProjectId, string ProjectCode, string ProcedureKey, DateOnly ReceivedOn, string Status, DateOnly? DecisionDate);
