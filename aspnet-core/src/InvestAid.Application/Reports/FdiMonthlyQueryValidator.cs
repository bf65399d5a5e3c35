using InvestAid.Validation;
using FluentValidation;

namespace InvestAid.Reports;

public sealed class FdiMonthlyQueryValidator : AbstractValidator<FdiMonthlyQuery>
{
    public FdiMonthlyQueryValidator()
    {
        RuleFor(x => x.Year).NotNull().WithMessageKey("report.yearRequired")
            .InclusiveBetween(ReportConsts.MinYear, ReportConsts.MaxYear)
            .WithMessageKey("report.yearRange", ReportConsts.MinYear, ReportConsts.MaxYear);
        RuleFor(x => x.Month).NotNull().WithMessageKey("report.monthRequired")
            .InclusiveBetween(1, 12).WithMessageKey("report.monthRange");
        RuleFor(x => x.CutoffDay)
            .Must((q, day) => day is null || (day >= 1 && day <= LastDay(q)))
            .WithMessageKey("report.cutoffDay", q => [LastDay(q)]);
    }

    /// <summary>The month's last day, or 31 while the year or month is itself invalid (that error is reported on its own field).</summary>
    private static int LastDay(FdiMonthlyQuery q) =>
        q is { Year: >= ReportConsts.MinYear and <= ReportConsts.MaxYear, Month: >= 1 and <= 12 }
            ? DateTime.DaysInMonth(q.Year.Value, q.Month.Value)
            : 31;
}
