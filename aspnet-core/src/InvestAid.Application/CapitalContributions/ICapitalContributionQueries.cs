using InvestAid.Common;

namespace InvestAid.CapitalContributions;

public interface ICapitalContributionQueries
{
    Task<PagedResult<CapitalContributionDto>> ListAsync(CapitalContributionQuery query, CancellationToken cancellationToken = default);
}
