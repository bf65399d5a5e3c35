namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// An ISO 8601 duration kept in its parts, because months and years have no fixed length and
/// working days (<c>P10WD</c>, our extension) depend on the holiday calendar.
/// </summary>
public sealed record IsoDuration(int Years, int Months, int Weeks, int Days, TimeSpan Time, int WorkingDays)
{
    public bool IsWorkingDays => WorkingDays > 0;

    /// <summary>Calendar arithmetic only; working days must go through an <c>IBusinessCalendar</c>.</summary>
    public DateTimeOffset AddTo(DateTimeOffset from) =>
        from.AddYears(Years).AddMonths(Months).AddDays(Weeks * 7 + Days).Add(Time);
}
