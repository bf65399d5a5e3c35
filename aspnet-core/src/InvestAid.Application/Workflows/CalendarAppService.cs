using FluentValidation;
using InvestAid.Workflows.Calendar;

namespace InvestAid.Workflows;

/// <summary>Administrators keep the yearly notices; everyone can ask which days are working days.</summary>
public sealed class CalendarAppService(ICalendarAdjustmentRepository adjustments, WorkingDayCalendarProvider calendars)
{
    public const int MaxRangeDays = 366;

    public async Task<IReadOnlyList<CalendarAdjustmentDto>> ListAsync(int? year, CancellationToken cancellationToken)
    {
        var (from, to) = year is { } y ? (y, y) : (WorkingDayCalendar.MinYear, WorkingDayCalendar.MaxYear);
        return [.. (await adjustments.ListAsync(from, to, cancellationToken)).Select(WorkflowMapper.ToDto)];
    }

    public async Task<CalendarAdjustmentDto> SaveAsync(CalendarAdjustmentDto input, CancellationToken cancellationToken)
    {
        await new CalendarAdjustmentDtoValidator().ValidateAndThrowAsync(input, cancellationToken);
        var kind = Enum.Parse<CalendarAdjustmentKind>(input.Kind, ignoreCase: true);
        await adjustments.SaveAsync(new CalendarAdjustment(input.Date, kind, input.Reason.Trim(), input.Notice.Trim()), cancellationToken);
        calendars.Invalidate();
        return input with { Kind = kind.ToString() };
    }

    /// <summary>False when there was no adjustment on that date.</summary>
    public async Task<bool> DeleteAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var deleted = await adjustments.DeleteAsync(date, cancellationToken);
        calendars.Invalidate();
        return deleted;
    }

    public IReadOnlyList<CalendarDayDto> Describe(DateOnly from, DateOnly to)
    {
        var calendar = calendars.Current;
        return [.. Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).Select(calendar.DescribeDay)
            .Select(WorkflowMapper.ToDto)];
    }
}
