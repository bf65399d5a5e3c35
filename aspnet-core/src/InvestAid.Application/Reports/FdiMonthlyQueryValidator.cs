using FluentValidation;

namespace InvestAid.Reports;

public sealed class FdiMonthlyQueryValidator : AbstractValidator<FdiMonthlyQuery>
{
    public FdiMonthlyQueryValidator()
    {
        RuleFor(x => x.Year).NotNull().WithMessage("Hãy chọn năm báo cáo.")
            .InclusiveBetween(ReportConsts.MinYear, ReportConsts.MaxYear)
            .WithMessage($"Năm báo cáo phải từ {ReportConsts.MinYear} đến {ReportConsts.MaxYear}.");
        RuleFor(x => x.Month).NotNull().WithMessage("Hãy chọn tháng báo cáo.")
            .InclusiveBetween(1, 12).WithMessage("Tháng phải từ 1 đến 12.");
        RuleFor(x => x.CutoffDay)
            .Must((q, day) => day is null || (day >= 1 && day <= LastDay(q)))
            .WithMessage(q => $"Ngày chốt số liệu phải từ 1 đến {LastDay(q)}.");
    }

    /// <summary>The month's last day, or 31 while the year or month is itself invalid (that error is reported on its own field).</summary>
    private static int LastDay(FdiMonthlyQuery q) =>
        q is { Year: >= ReportConsts.MinYear and <= ReportConsts.MaxYear, Month: >= 1 and <= 12 }
            ? DateTime.DaysInMonth(q.Year.Value, q.Month.Value)
            : 31;
}
