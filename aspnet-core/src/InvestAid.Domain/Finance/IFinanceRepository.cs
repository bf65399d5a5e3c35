namespace InvestAid.Finance;

/// <summary>The money records of projects: plans, disbursements, receipts, schedules, implemented capital.</summary>
public interface IFinanceRepository
{
    void Add(object record);

    Task<IReadOnlyList<CapitalPlanRevision>> PlansAsync(Guid projectId, int? year, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Disbursement>> DisbursementsAsync(Guid projectId, int? year, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<AidReceipt>> ReceiptsAsync(Guid projectId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ExpectedReceipt>> ExpectedReceiptsAsync(Guid projectId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ImplementedCapitalReport>> ImplementedCapitalAsync(Guid projectId, CancellationToken cancellationToken = default);
    Task<ImplementedCapitalReport?> FindImplementedCapitalAsync(Guid projectId, int year, int quarter, CancellationToken cancellationToken = default);

    /// <summary>Per donor: the ODA/loan projects' plans in force at the end of <paramref name="year"/> (or today) and what they disbursed in it.</summary>
    Task<IReadOnlyList<(string? DonorCode, string? DonorNameVi, string? DonorNameEn, int Projects, decimal PlanVnd, decimal DisbursedVnd)>> DonorTotalsAsync(int year, DateOnly asOf, CancellationToken cancellationToken = default);
}
