using FluentValidation;
using InvestAid.Projects;
using InvestAid.ReferenceData;

namespace InvestAid.Finance;

public sealed class CapitalPlanInputValidator : AbstractValidator<CapitalPlanInput>
{
    public CapitalPlanInputValidator(ReferenceCodeSet codes, Project project, bool isRevision)
    {
        var first = (project.PlannedStart ?? project.Oda?.AgreementDate)?.Year;
        var last = project.PlannedEnd?.Year;
        RuleFor(x => x.Year).Must(y => (first is null || y >= first) && (last is null || y <= last))
            .WithMessage(x => $"Năm {x.Year} nằm ngoài thời gian thực hiện dự án ({first}–{last}).");
        RuleFor(x => x.EffectiveDate).InRegistryRange().NotBefore(project.Oda?.AgreementDate, "ngày ký hiệp định");
        RuleFor(x => x.Currency).KnownCurrency(codes);
        RuleFor(x => x.ForeignAmount).NonNegativeAmount();
        RuleFor(x => x.CounterpartAmount).NonNegativeAmount();
        RuleFor(x => x.ForeignVnd).Must(v => v is null or >= 0).WithMessage("Số tiền không được âm.");
        RuleFor(x => x.CounterpartVnd).Must(v => v is null or >= 0).WithMessage("Số tiền không được âm.");
        RuleFor(x => x.Reason).NotEmpty().When(_ => isRevision).WithMessage("Điều chỉnh kế hoạch phải nêu lý do.")
            .MaximumLength(FinanceConsts.MaxReasonLength);
    }
}
