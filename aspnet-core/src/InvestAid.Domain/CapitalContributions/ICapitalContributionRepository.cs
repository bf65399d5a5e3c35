namespace InvestAid.CapitalContributions;

public interface ICapitalContributionRepository
{
    Task<CapitalContribution?> FindAsync(Guid id, CancellationToken cancellationToken = default);
    void Add(CapitalContribution contribution);
    void ExpectVersion(CapitalContribution contribution, uint version);
}
