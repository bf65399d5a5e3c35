using InvestAid.Validation;
using FluentValidation;

namespace InvestAid.Projects;

public sealed class ProjectQueryValidator : AbstractValidator<ProjectQuery>
{
    public static readonly string[] SortFields = ["code", "nameVi", "registeredOn", "registeredCapitalUsd", "status", "kind", "updatedAt"];

    public ProjectQueryValidator()
    {
        RuleFor(x => x.PageNumber).InclusiveBetween(1, 100_000).OverridePropertyName("page").WithMessageKey("common.page");
        RuleFor(x => x.Size).InclusiveBetween(1, ProjectConsts.MaxPageSize).OverridePropertyName("pageSize")
            .WithMessageKey("common.pageSize", ProjectConsts.MaxPageSize);
        RuleFor(x => x.Sort).Must(s => s is null || SortFields.Contains(s.TrimStart('-')))
            .WithMessageKey("common.sortFields", string.Join(", ", SortFields));
        RuleFor(x => x.Q).MaximumLength(200).WithMessageKey("common.searchTooLong");
        RuleFor(x => x.Kind).IsInEnum().WithMessageKey("project.kind");
        RuleFor(x => x.Status).IsInEnum().WithMessageKey("project.status");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessageKey("common.endBeforeStart");
        RuleFor(x => x.Donor).MaximumLength(32).WithMessageKey("common.codeInvalid");
        RuleFor(x => x.Country).MaximumLength(32).WithMessageKey("common.codeInvalid");
        RuleFor(x => x.Sector).MaximumLength(32).WithMessageKey("common.codeInvalid");
        RuleFor(x => x.Commune).MaximumLength(32).WithMessageKey("common.codeInvalid");
    }
}
