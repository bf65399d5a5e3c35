using InvestAid.Validation;
using FluentValidation;

namespace InvestAid.Projects;

public sealed class RecordCapitalEventRequestValidator : AbstractValidator<RecordCapitalEventRequest>
{
    public RecordCapitalEventRequestValidator()
    {
        RuleFor(x => x.Type).IsInEnum().WithMessageKey("capitalEvent.type");
        RuleFor(x => x.EffectiveDate).Must(d => ProjectInputValidator<ProjectInput>.InRange(d))
            .WithMessageKey(ProjectInputValidator<ProjectInput>.DateOutOfRangeKey);
        RuleFor(x => x.CapitalChangeUsd).InclusiveBetween(-ProjectConsts.MaxAmountUsd, ProjectConsts.MaxAmountUsd)
            .WithMessageKey("capitalEvent.changeUsd");
        RuleFor(x => x.CapitalChangeUsd).GreaterThan(0).When(x => x.Type == CapitalEventType.NewRegistration)
            .WithMessageKey("capitalEvent.newPositive");
        RuleFor(x => x.CapitalChangeUsd).Equal(0).When(x => x.Type == CapitalEventType.Termination)
            .WithMessageKey("capitalEvent.terminationZero");
        RuleFor(x => x.CapitalChangeVnd).InclusiveBetween(-ProjectConsts.MaxAmountVnd, ProjectConsts.MaxAmountVnd)
            .When(x => x.CapitalChangeVnd is not null).WithMessageKey("capitalEvent.changeVnd");
        RuleFor(x => x.CertificateNumber).MaximumLength(ProjectConsts.MaxDocumentNumberLength)
            .WithMessageKey("common.tooLong");
        RuleFor(x => x.Note).MaximumLength(ProjectConsts.MaxNoteLength).WithMessageKey("common.tooLong");
    }
}
