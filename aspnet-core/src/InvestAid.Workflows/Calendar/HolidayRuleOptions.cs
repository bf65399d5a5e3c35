namespace InvestAid.Workflows.Calendar;

/// <summary>Switches for holiday rules that are decided but not yet (or no longer) in force.</summary>
/// <param name="CultureDayEffectiveFrom">
/// First date from which 24 November (Ngày Văn hóa Việt Nam, Vietnamese Culture Day) is a public
/// holiday; null while the Labour Code amendment is not in force (Politburo Resolution 80-NQ/TW
/// chose the day in principle; Government Resolution 30/NQ-CP assigns the amendment).
/// </param>
public sealed record HolidayRuleOptions(DateOnly? CultureDayEffectiveFrom = null)
{
    /// <summary>The rules in force as of November 2026: Culture Day off.</summary>
    public static HolidayRuleOptions Current { get; } = new();
}
