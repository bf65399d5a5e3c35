using InvestAid.Validation;
using FluentValidation;
using InvestAid.Projects;

namespace InvestAid.Finance;

public sealed class ImplementedCapitalInputValidator : AbstractValidator<ImplementedCapitalInput>
{
    public ImplementedCapitalInputValidator(Project project)
    {
        var firstYear = project.RegisteredOn?.Year ?? ProjectConsts.MinDate.Year;
        RuleFor(x => x.Quarter).InclusiveBetween(1, 4).WithMessageKey("common.quarter");
        RuleFor(x => x.Year).InclusiveBetween(firstYear, ProjectConsts.MaxDate.Year)
            .WithMessageKey("finance.yearBeforeIrc", x => [x.Year, firstYear]);
        RuleFor(x => x.AmountUsd).NonNegativeAmount();
        RuleFor(x => x.AmountVnd).Must(v => v is null or >= 0).WithMessageKey("common.amountNegative");
        RuleFor(x => x.SubmittedOn).InRegistryRange()
            .Must((x, d) => x.Quarter is < 1 or > 4 || x.Year < 1 || d >= new DateOnly(x.Year, (x.Quarter - 1) * 3 + 1, 1))
            .WithMessageKey("finance.submittedBeforeQuarter");
    }
}
