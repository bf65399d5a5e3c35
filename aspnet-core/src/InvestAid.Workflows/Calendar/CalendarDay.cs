namespace InvestAid.Workflows.Calendar;

/// <summary>How the calendar sees one date, with the reason when it is not an ordinary weekday or weekend.</summary>
/// <param name="Reason">E.g. "LunarNewYear", "HungKings (compensatory)", or an adjustment's reason; null for an ordinary day.</param>
/// <param name="Notice">The notice behind the status, if any.</param>
public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, string? Reason, string? Notice);
