namespace InvestAid.Workflows.Calendar;

/// <summary>
/// The exact break a notice fixes for Tết or National Day (Labour Code Art. 112(3): the Prime
/// Minister decides those days each year). Every date from <see cref="First"/> to
/// <see cref="Last"/> is off, and the rule-computed days and compensatory days of that holiday
/// are not used for the year. Weekends inside the range may be included as the notice words it.
/// </summary>
public sealed record HolidayPeriodOverride(
    int Year, PublicHoliday Holiday, DateOnly First, DateOnly Last, string Reason, string Notice);
