using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Workflows.Support;

/// <summary>Working days are Monday to Friday, no holidays: enough to test the engine's use of the calendar.</summary>
public sealed class WeekdayCalendar : IBusinessCalendar
{
    public DateTimeOffset Add(DateTimeOffset from, TimerSpec spec)
    {
        var duration = spec.Duration ?? throw new ArgumentException("Only durations and cycles have a length.", nameof(spec));
        if (!duration.IsWorkingDays)
        {
            return duration.AddTo(from);
        }

        var day = from;
        for (var left = duration.WorkingDays; left > 0;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                left--;
            }
        }

        return day;
    }
}
