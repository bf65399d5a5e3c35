using InvestAid.Workflows.Calendar;

namespace InvestAid.Workflows;

public interface ICalendarAdjustmentRepository
{
    Task<IReadOnlyList<CalendarAdjustment>> ListAsync(int fromYear, int toYear, CancellationToken cancellationToken);

    /// <summary>Adds the adjustment, or replaces the one of the same date.</summary>
    Task SaveAsync(CalendarAdjustment adjustment, CancellationToken cancellationToken);

    /// <summary>False when there was no adjustment on that date.</summary>
    Task<bool> DeleteAsync(DateOnly date, CancellationToken cancellationToken);
}
