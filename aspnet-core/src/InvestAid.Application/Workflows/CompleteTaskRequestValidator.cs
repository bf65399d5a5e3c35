using FluentValidation;

namespace InvestAid.Workflows;

public sealed class CompleteTaskRequestValidator : AbstractValidator<CompleteTaskRequest>
{
    public CompleteTaskRequestValidator()
    {
        RuleFor(r => r.Outcome).MaximumLength(100);
        RuleFor(r => r.Comment).MaximumLength(4000);
    }
}
