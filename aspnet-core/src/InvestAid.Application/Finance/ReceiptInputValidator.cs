using FluentValidation;
using InvestAid.Projects;
using InvestAid.ReferenceData;

namespace InvestAid.Finance;

public sealed class ReceiptInputValidator : AbstractValidator<ReceiptInput>
{
    public ReceiptInputValidator(ReferenceCodeSet codes, Project project)
    {
        RuleFor(x => x.Date).InRegistryRange().NotBefore(project.Ngo?.ApprovalDate, "common.notBefore.aidApprovalDate");
        RuleFor(x => x.Amount).PositiveAmount();
        RuleFor(x => x.Currency).KnownCurrency(codes);
        RuleFor(x => x.Reference).MaximumLength(FinanceConsts.MaxReferenceLength);
        RuleFor(x => x.RateToVnd).OptionalRate();
        RuleFor(x => x.RateToUsd).OptionalRate();
        this.RatesAgreeWithCurrency(x => x.Currency, x => x.RateToVnd, x => x.RateToUsd);
    }
}
