namespace InvestAid.Workflows;

/// <summary>A date a notice makes a day off or a working day. <see cref="Kind"/> is <c>DayOff</c> or <c>WorkingDay</c>.</summary>
public sealed record CalendarAdjustmentDto(DateOnly Date, string Kind, string Reason, string Notice);
