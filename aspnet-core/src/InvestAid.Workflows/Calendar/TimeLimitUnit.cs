namespace InvestAid.Workflows.Calendar;

/// <summary>The unit in which a legal time limit is stated.</summary>
public enum TimeLimitUnit
{
    /// <summary>"ngày": calendar days.</summary>
    CalendarDays = 1,

    /// <summary>"ngày làm việc": working days of civil servants.</summary>
    WorkingDays = 2,
}
