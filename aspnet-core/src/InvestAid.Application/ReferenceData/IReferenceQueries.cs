using InvestAid.Common;

namespace InvestAid.ReferenceData;

public interface IReferenceQueries
{
    Task<PagedResult<ReferenceItemDto>> ListAsync(ReferenceKind kind, ReferenceQuery query, CancellationToken cancellationToken = default);
}
