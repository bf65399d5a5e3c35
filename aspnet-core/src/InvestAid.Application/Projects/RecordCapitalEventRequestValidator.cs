using FluentValidation;

namespace InvestAid.Projects;

public sealed class RecordCapitalEventRequestValidator : AbstractValidator<RecordCapitalEventRequest>
{
    public RecordCapitalEventRequestValidator()
    {
        RuleFor(x => x.Type).IsInEnum().WithMessage("Loại bút toán không hợp lệ.");
        RuleFor(x => x.EffectiveDate).Must(d => ProjectInputValidator<ProjectInput>.InRange(d))
            .WithMessage(ProjectInputValidator<ProjectInput>.DateOutOfRange);
        RuleFor(x => x.CapitalChangeUsd).InclusiveBetween(-ProjectConsts.MaxAmountUsd, ProjectConsts.MaxAmountUsd)
            .WithMessage("Mức thay đổi vốn (USD) vượt quá giới hạn hợp lý.");
        RuleFor(x => x.CapitalChangeUsd).GreaterThan(0).When(x => x.Type == CapitalEventType.NewRegistration)
            .WithMessage("Vốn đăng ký khi cấp mới phải lớn hơn 0.");
        RuleFor(x => x.CapitalChangeUsd).Equal(0).When(x => x.Type == CapitalEventType.Termination)
            .WithMessage("Bút toán chấm dứt không thay đổi vốn đăng ký.");
        RuleFor(x => x.CapitalChangeVnd).InclusiveBetween(-ProjectConsts.MaxAmountVnd, ProjectConsts.MaxAmountVnd)
            .When(x => x.CapitalChangeVnd is not null).WithMessage("Mức thay đổi vốn (VND) vượt quá giới hạn hợp lý.");
        RuleFor(x => x.CertificateNumber).MaximumLength(ProjectConsts.MaxDocumentNumberLength)
            .WithMessage($"Không được dài quá {ProjectConsts.MaxDocumentNumberLength} ký tự.");
        RuleFor(x => x.Note).MaximumLength(ProjectConsts.MaxNoteLength).WithMessage($"Không được dài quá {ProjectConsts.MaxNoteLength} ký tự.");
    }
}
