using FluentValidation;
using InvestAid.Validation;

namespace InvestAid.Workflows;

public sealed class StartInstanceRequestValidator : AbstractValidator<StartInstanceRequest>
{
    public StartInstanceRequestValidator()
    {
        RuleFor(r => r.DefinitionKey).NotEmpty().MaximumLength(WorkflowConsts.MaxKeyLength);
        RuleFor(r => r.BusinessKey).MaximumLength(WorkflowConsts.MaxKeyLength);
        RuleFor(r => r.Variables).NumbersInRange();
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
        RuleFor(r => r.Message).NotEmpty().MaximumLength(WorkflowConsts.MaxKeyLength).When(r => r.Message is not null);
    }
}
