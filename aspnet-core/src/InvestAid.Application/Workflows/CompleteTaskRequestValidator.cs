using FluentValidation;
using InvestAid.Validation;

namespace InvestAid.Workflows;

public sealed class CompleteTaskRequestValidator : AbstractValidator<CompleteTaskRequest>
{
    public CompleteTaskRequestValidator()
    {
        RuleFor(r => r.Outcome).MaximumLength(100);
        RuleFor(r => r.Comment).MaximumLength(4000);
        RuleFor(r => r.Variables).NumbersInRange();
        // A refusal or a return must say why (the applicant and the next officer read it).
        RuleFor(r => r.Comment).NotEmpty().When(r => r.Outcome is "reject" or "return")
            .WithMessageKey("workflow.commentRequired");
    }
}
