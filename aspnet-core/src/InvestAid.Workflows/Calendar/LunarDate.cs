namespace InvestAid.Workflows.Calendar;

/// <summary>
/// A date of the Vietnamese lunisolar calendar (âm lịch). <see cref="Year"/> is the Gregorian
/// year in which that lunar year's Tết falls; <see cref="IsLeapMonth"/> marks the repeated
/// (tháng nhuận, "leap") month.
/// </summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    public override string ToString() =>
        IsLeapMonth ? $"{Day:00}/{Month:00}L/{Year}" : $"{Day:00}/{Month:00}/{Year}";
}
