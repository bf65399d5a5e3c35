using InvestAid.Audit;
using InvestAid.Common;

namespace InvestAid.Projects;

/// <summary>Read side of the registry: lists and history straight from the database, no aggregates loaded.</summary>
public interface IProjectQueries
{
    Task<PagedResult<ProjectListItemDto>> ListAsync(ProjectQuery query, ProjectScope scope, CancellationToken cancellationToken = default);

    /// <summary>The whole filtered list (no paging) for export, capped at <paramref name="max"/> rows.</summary>
    Task<IReadOnlyList<ProjectListItemDto>> ListAllAsync(ProjectQuery query, ProjectScope scope, int max, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntryDto>> HistoryAsync(Guid entityId, CancellationToken cancellationToken = default);
}
