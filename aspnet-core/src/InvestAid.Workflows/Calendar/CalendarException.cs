namespace InvestAid.Workflows.Calendar;

/// <summary>
/// The calendar cannot answer: a date outside the supported years, a lunar date that does not
/// exist, or contradictory calendar data (e.g. one date both a day off and a working day).
/// </summary>
public class CalendarException : Exception
{
    public CalendarException(string message)
        : base(message)
    {
    }

    public CalendarException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
