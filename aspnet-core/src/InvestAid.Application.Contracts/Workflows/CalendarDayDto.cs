namespace InvestAid.Workflows;

public sealed record CalendarDayDto(DateOnly Date, bool IsWorkingDay, string? Reason, string? Notice);
