using FluentValidation;
using InvestAid.Projects;
using InvestAid.ReferenceData;

namespace InvestAid.Finance;

public sealed class ExpectedReceiptInputValidator : AbstractValidator<ExpectedReceiptInput>
{
    public ExpectedReceiptInputValidator(ReferenceCodeSet codes, Project project)
    {
        RuleFor(x => x.DueDate).InRegistryRange().NotBefore(project.Ngo?.ApprovalDate, "common.notBefore.aidApprovalDate");
        RuleFor(x => x.Amount).PositiveAmount();
        RuleFor(x => x.Currency).KnownCurrency(codes);
        RuleFor(x => x.Note).MaximumLength(FinanceConsts.MaxReasonLength);
    }
}
