using InvestAid.Common;
using InvestAid.Workflows.Bpmn;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Workflows;

/// <summary>
/// Timer arithmetic for the engine: ISO durations on the clock; <c>P10WD</c> = ten working days of the
/// Vietnamese calendar after the start day, at the same time of day (Asia/Ho_Chi_Minh).
/// </summary>
public sealed class WorkingDayBusinessCalendar(WorkingDayCalendarProvider calendars) : IBusinessCalendar
{
    public DateTimeOffset Add(DateTimeOffset from, TimerSpec spec)
    {
        var duration = spec.Duration ?? throw new ArgumentException("Only durations and cycles have a length.", nameof(spec));
        if (!duration.IsWorkingDays)
        {
            return duration.AddTo(from);
        }

        var local = TimeZoneInfo.ConvertTime(from, VietnamTime.Zone);
        var day = calendars.Current.AddWorkingDays(DateOnly.FromDateTime(local.DateTime), duration.WorkingDays);
        var at = day.ToDateTime(TimeOnly.FromDateTime(local.DateTime));
        return new DateTimeOffset(at, local.Offset).Add(duration.Time);
    }
}
