namespace InvestAid.Workflows.Calendar;

/// <summary>
/// One date changed by a yearly notice (e.g. 2450/VPCP-KGVX swaps Mon 29 Apr 2024 with Sat 4 May 2024:
/// two adjustments). Plain data, edited by administrators and persisted by the application.
/// </summary>
/// <param name="Date">The date that changes.</param>
/// <param name="Kind">Day off or working day.</param>
/// <param name="Reason">Why, in words shown to users (e.g. "Swapped with Sat 4 May for the 30 Apr – 1 May break").</param>
/// <param name="Notice">Number of the notice that decided it (e.g. "2450/VPCP-KGVX").</param>
public sealed record CalendarAdjustment(DateOnly Date, CalendarAdjustmentKind Kind, string Reason, string Notice)
{
    public static CalendarAdjustment DayOff(DateOnly date, string reason, string notice) =>
        new(date, CalendarAdjustmentKind.DayOff, reason, notice);

    public static CalendarAdjustment WorkingDay(DateOnly date, string reason, string notice) =>
        new(date, CalendarAdjustmentKind.WorkingDay, reason, notice);
}
