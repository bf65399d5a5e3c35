using InvestAid.Common;

namespace InvestAid.CapitalContributions;

public interface ICapitalContributionQueries
{
    /// <param name="projects">The caller's figure projects (null: all). A notice belongs to no project, so any other value lists none.</param>
    Task<PagedResult<CapitalContributionDto>> ListAsync(CapitalContributionQuery query, Guid[]? projects, CancellationToken cancellationToken = default);
}
