using InvestAid.Validation;
using FluentValidation;
using InvestAid.Reports;

namespace InvestAid.Iati;

public sealed class IatiExportQueryValidator : AbstractValidator<IatiExportQuery>
{
    public static readonly string[] Kinds = ["oda", "ngo"];

    public IatiExportQueryValidator()
    {
        RuleFor(x => x.Kind).NotEmpty().WithMessageKey("iati.kindRequired")
            .Must(k => k is null || Kinds.Contains(k, StringComparer.OrdinalIgnoreCase)).WithMessageKey("iati.kind");
        RuleFor(x => x.Year).NotNull().WithMessageKey("report.dashboardYearRequired")
            .InclusiveBetween(ReportConsts.MinYear, ReportConsts.MaxYear)
            .WithMessageKey("report.dashboardYearRange", ReportConsts.MinYear, ReportConsts.MaxYear);
    }
}
