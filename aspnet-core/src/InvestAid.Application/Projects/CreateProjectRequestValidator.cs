using FluentValidation;
using InvestAid.ReferenceData;

namespace InvestAid.Projects;

public sealed class CreateProjectRequestValidator : ProjectInputValidator<CreateProjectRequest>
{
    public CreateProjectRequestValidator(ReferenceCodeSet codes) : base(codes, x => x.Kind)
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Loại dự án không hợp lệ.");
        RuleFor(x => x.RegisteredCapitalUsd).GreaterThan(0).LessThanOrEqualTo(ProjectConsts.MaxAmountUsd)
            .When(x => x.RegisteredCapitalUsd is not null)
            .WithMessage("Vốn đăng ký (USD) phải lớn hơn 0 và không vượt quá 100 tỷ USD.");
        RuleFor(x => x.RegisteredCapitalVnd).GreaterThanOrEqualTo(0).LessThanOrEqualTo(ProjectConsts.MaxAmountVnd)
            .When(x => x.RegisteredCapitalVnd is not null)
            .WithMessage("Vốn đăng ký (VND) không hợp lệ.");
        RuleFor(x => x.RegisteredCapitalUsd).Null().When(x => x.Kind != ProjectKind.Fdi)
            .WithMessage("Chỉ dự án FDI có vốn đăng ký theo giấy chứng nhận.");
        RuleFor(x => x.Fdi!.IrcDate).NotNull().When(x => x.Kind == ProjectKind.Fdi && x.Fdi is not null && x.RegisteredCapitalUsd is not null)
            .OverridePropertyName("fdi.ircDate").WithMessage("Vui lòng nhập ngày cấp giấy chứng nhận đăng ký đầu tư.");
        RuleFor(x => x.Fdi).NotNull().When(x => x.Kind == ProjectKind.Fdi && x.RegisteredCapitalUsd is not null)
            .WithMessage("Vui lòng nhập giấy chứng nhận đăng ký đầu tư.");
    }
}
