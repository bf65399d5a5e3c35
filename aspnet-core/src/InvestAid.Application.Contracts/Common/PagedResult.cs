namespace InvestAid.Common;

/// <summary>One page of a list and the total count of the whole filtered list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize);
