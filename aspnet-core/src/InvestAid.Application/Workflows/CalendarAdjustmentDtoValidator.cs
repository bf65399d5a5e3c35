using InvestAid.Validation;
using FluentValidation;
using InvestAid.Workflows.Calendar;

namespace InvestAid.Workflows;

public sealed class CalendarAdjustmentDtoValidator : AbstractValidator<CalendarAdjustmentDto>
{
    public CalendarAdjustmentDtoValidator()
    {
        RuleFor(a => a.Date).InclusiveBetween(new DateOnly(WorkingDayCalendar.MinYear, 1, 1), new DateOnly(WorkingDayCalendar.MaxYear, 12, 31));
        RuleFor(a => a.Kind).Must(k => Enum.TryParse<CalendarAdjustmentKind>(k, ignoreCase: true, out var kind) && Enum.IsDefined(kind))
            .WithMessageKey("workflow.calendarKind");
        RuleFor(a => a.Reason).NotEmpty().MaximumLength(500);
        RuleFor(a => a.Notice).NotEmpty().MaximumLength(100);
    }
}
