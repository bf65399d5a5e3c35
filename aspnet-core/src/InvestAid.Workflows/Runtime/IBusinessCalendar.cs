using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Runtime;

/// <summary>
/// Computes when a duration or cycle timer falls due. Working-day durations (<c>P10WD</c>)
/// need the holiday calendar, which lives outside the engine.
/// </summary>
public interface IBusinessCalendar
{
    DateTimeOffset Add(DateTimeOffset from, TimerSpec spec);
}
