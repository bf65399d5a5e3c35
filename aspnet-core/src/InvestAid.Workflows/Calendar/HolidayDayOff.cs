namespace InvestAid.Workflows.Calendar;

/// <summary>A day off that a holiday gives: the holiday itself, a day of a fixed break, or a compensatory day.</summary>
/// <param name="IsCompensatory">A day in lieu (ngày nghỉ bù) for a holiday that fell on a weekend (Labour Code Art. 111(3)).</param>
/// <param name="Notice">The notice that fixed the day, when it comes from a <see cref="HolidayPeriodOverride"/>.</param>
public sealed record HolidayDayOff(DateOnly Date, PublicHoliday Holiday, bool IsCompensatory, string? Notice = null);
