using InvestAid.Validation;
using FluentValidation;

namespace InvestAid.ReferenceData;

public sealed class ReferenceItemInputValidator : AbstractValidator<ReferenceItemInput>
{
    public ReferenceItemInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessageKey("reference.codeRequired")
            .MaximumLength(ReferenceConsts.MaxCodeLength).WithMessageKey("common.tooLong")
            .Matches("^[A-Za-z0-9._-]+$").WithMessageKey("reference.codeChars");
        RuleFor(x => x.NameVi).NotEmpty().WithMessageKey("reference.nameViRequired")
            .MaximumLength(ReferenceConsts.MaxNameLength).WithMessageKey("common.tooLong");
        RuleFor(x => x.NameEn).MaximumLength(ReferenceConsts.MaxNameLength).WithMessageKey("common.tooLong");
        RuleFor(x => x.ParentCode).MaximumLength(ReferenceConsts.MaxCodeLength).WithMessageKey("common.tooLong");
        RuleFor(x => x.Category).MaximumLength(ReferenceConsts.MaxCategoryLength).WithMessageKey("common.tooLong");
        RuleFor(x => x.EffectiveTo).GreaterThanOrEqualTo(x => x.EffectiveFrom)
            .When(x => x.EffectiveFrom is not null && x.EffectiveTo is not null)
            .WithMessageKey("reference.validToBeforeFrom");
    }
}
