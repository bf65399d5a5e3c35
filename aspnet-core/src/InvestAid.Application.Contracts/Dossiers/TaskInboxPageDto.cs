using InvestAid.Workflows;

namespace InvestAid.Dossiers;

/// <summary>One page of a task list (overdue first, then by deadline), its total, and the count of every tab.</summary>
public sealed record TaskInboxPageDto(IReadOnlyList<InboxItemDto> Items, int TotalCount, int Page, int PageSize, TaskScope Scope, TaskCountsDto Counts);
