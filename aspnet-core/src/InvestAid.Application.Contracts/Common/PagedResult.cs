namespace InvestAid.Common;

/// <summary>
/// One page of a list and the total count of the whole filtered list. <paramref name="TotalIsEstimate"/>: the count is
/// an estimate (a large list, counted on a sample and rounded), shown as "about N".
/// </summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize, bool TotalIsEstimate = false);
