using InvestAid.Workflows.Calendar;

namespace InvestAid.Workflows;

/// <summary>
/// The working-day calendar over the stored notices. It caches the years it has read, so an edit
/// of the adjustments calls <see cref="Invalidate"/> to read them again (on this node).
/// </summary>
public sealed class WorkingDayCalendarProvider(ICalendarDataStore data)
{
    private WorkingDayCalendar? current;

    public WorkingDayCalendar Current => current ??= new WorkingDayCalendar(data);

    public void Invalidate() => current = null;
}
