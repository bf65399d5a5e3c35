using FluentValidation;

namespace InvestAid.ReferenceData;

public sealed class ReferenceItemInputValidator : AbstractValidator<ReferenceItemInput>
{
    public ReferenceItemInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Vui lòng nhập mã.")
            .MaximumLength(ReferenceConsts.MaxCodeLength).WithMessage($"Mã không được dài quá {ReferenceConsts.MaxCodeLength} ký tự.")
            .Matches("^[A-Za-z0-9._-]+$").WithMessage("Mã chỉ gồm chữ cái không dấu, chữ số và các ký tự . _ -");
        RuleFor(x => x.NameVi).NotEmpty().WithMessage("Vui lòng nhập tên tiếng Việt.")
            .MaximumLength(ReferenceConsts.MaxNameLength).WithMessage($"Không được dài quá {ReferenceConsts.MaxNameLength} ký tự.");
        RuleFor(x => x.NameEn).MaximumLength(ReferenceConsts.MaxNameLength).WithMessage($"Không được dài quá {ReferenceConsts.MaxNameLength} ký tự.");
        RuleFor(x => x.ParentCode).MaximumLength(ReferenceConsts.MaxCodeLength).WithMessage($"Không được dài quá {ReferenceConsts.MaxCodeLength} ký tự.");
        RuleFor(x => x.Category).MaximumLength(ReferenceConsts.MaxCategoryLength).WithMessage($"Không được dài quá {ReferenceConsts.MaxCategoryLength} ký tự.");
        RuleFor(x => x.EffectiveTo).GreaterThanOrEqualTo(x => x.EffectiveFrom)
            .When(x => x.EffectiveFrom is not null && x.EffectiveTo is not null)
            .WithMessage("Ngày hết hiệu lực không được trước ngày có hiệu lực.");
    }
}
