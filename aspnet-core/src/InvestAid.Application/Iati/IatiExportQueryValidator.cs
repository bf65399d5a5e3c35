using FluentValidation;
using InvestAid.Reports;

namespace InvestAid.Iati;

public sealed class IatiExportQueryValidator : AbstractValidator<IatiExportQuery>
{
    public static readonly string[] Kinds = ["oda", "ngo"];

    public IatiExportQueryValidator()
    {
        RuleFor(x => x.Kind).NotEmpty().WithMessage("Hãy chọn loại: oda hoặc ngo.")
            .Must(k => k is null || Kinds.Contains(k, StringComparer.OrdinalIgnoreCase)).WithMessage("Loại chỉ là oda hoặc ngo.");
        RuleFor(x => x.Year).NotNull().WithMessage("Hãy chọn năm.")
            .InclusiveBetween(ReportConsts.MinYear, ReportConsts.MaxYear)
            .WithMessage($"Năm phải từ {ReportConsts.MinYear} đến {ReportConsts.MaxYear}.");
    }
}
