namespace InvestAid.Workflows;

/// <summary>Open tasks per inbox tab (see <see cref="TaskScope"/>), counted in one query with the same visibility as the list.</summary>
public sealed record TaskCountsDto(int Mine, int Groups, int Overdue, int All);
