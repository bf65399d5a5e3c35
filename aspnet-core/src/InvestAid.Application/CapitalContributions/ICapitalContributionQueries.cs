using InvestAid.Common;

namespace InvestAid.CapitalContributions;

public interface ICapitalContributionQueries
{
    /// <summary>The notices in the caller's scope, each with its linked project's code and names.</summary>
    /// <param name="projects">The caller's figure projects (null: all); otherwise only notices linked to one of them are listed.</param>
    Task<PagedResult<CapitalContributionDto>> ListAsync(CapitalContributionQuery query, Guid[]? projects, CancellationToken cancellationToken = default);
}
