using InvestAid.Validation;
using FluentValidation;
using InvestAid.ReferenceData;

namespace InvestAid.Projects;

public sealed class CreateProjectRequestValidator : ProjectInputValidator<CreateProjectRequest>
{
    public CreateProjectRequestValidator(ReferenceCodeSet codes) : base(codes, x => x.Kind)
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessageKey("project.kind");
        RuleFor(x => x.RegisteredCapitalUsd).GreaterThan(0).LessThanOrEqualTo(ProjectConsts.MaxAmountUsd)
            .When(x => x.RegisteredCapitalUsd is not null)
            .WithMessageKey("project.registeredCapitalUsd");
        RuleFor(x => x.RegisteredCapitalVnd).GreaterThanOrEqualTo(0).LessThanOrEqualTo(ProjectConsts.MaxAmountVnd)
            .When(x => x.RegisteredCapitalVnd is not null)
            .WithMessageKey("project.registeredCapitalVnd");
        RuleFor(x => x.RegisteredCapitalUsd).Null().When(x => x.Kind != ProjectKind.Fdi)
            .WithMessageKey("project.registeredCapitalFdiOnly");
        RuleFor(x => x.Fdi!.IrcDate).NotNull().When(x => x.Kind == ProjectKind.Fdi && x.Fdi is not null && x.RegisteredCapitalUsd is not null)
            .OverridePropertyName("fdi.ircDate").WithMessageKey("project.ircDateRequired");
        RuleFor(x => x.Fdi).NotNull().When(x => x.Kind == ProjectKind.Fdi && x.RegisteredCapitalUsd is not null)
            .WithMessageKey("project.ircRequired");
    }
}
