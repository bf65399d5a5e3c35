using InvestAid.Validation;
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
            .WithMessageKey("finance.yearOutsideProject", x => [x.Year, first, last]);
        RuleFor(x => x.EffectiveDate).InRegistryRange().NotBefore(project.Oda?.AgreementDate, "common.notBefore.agreementDate");
        RuleFor(x => x.Currency).KnownCurrency(codes);
        RuleFor(x => x.ForeignAmount).NonNegativeAmount();
        RuleFor(x => x.CounterpartAmount).NonNegativeAmount();
        RuleFor(x => x.ForeignVnd).Must(v => v is null or >= 0).WithMessageKey("common.amountNegative");
        RuleFor(x => x.CounterpartVnd).Must(v => v is null or >= 0).WithMessageKey("common.amountNegative");
        RuleFor(x => x.Reason).NotEmpty().When(_ => isRevision).WithMessageKey("finance.revisionReason")
            .MaximumLength(FinanceConsts.MaxReasonLength);
    }
}
