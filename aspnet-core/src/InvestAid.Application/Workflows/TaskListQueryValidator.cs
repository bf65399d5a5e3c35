using InvestAid.Validation;
using FluentValidation;

namespace InvestAid.Workflows;

public sealed class TaskListQueryValidator : AbstractValidator<TaskListQuery>
{
    public TaskListQueryValidator()
    {
        RuleFor(q => q.Scope).Must(s => s is null || (Enum.TryParse<TaskScope>(s, ignoreCase: true, out var scope) && Enum.IsDefined(scope)))
            .WithMessageKey("workflow.taskScope");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, WorkflowConsts.MaxPageSize);
    }
}
