using FluentValidation;
using InvestAid.Projects;
using InvestAid.ReferenceData;

namespace InvestAid.CapitalContributions;

public sealed class CapitalContributionInputValidator : AbstractValidator<CapitalContributionInput>
{
    public CapitalContributionInputValidator(ReferenceCodeSet codes)
    {
        RuleFor(x => x.InvestorName).NotEmpty().WithMessage("Vui lòng nhập tên nhà đầu tư.")
            .MaximumLength(ProjectConsts.MaxPartyNameLength).WithMessage($"Không được dài quá {ProjectConsts.MaxPartyNameLength} ký tự.");
        RuleFor(x => x.CountryCode).Must(c => codes.Contains(ReferenceKind.Country, c)).WithMessage(x => $"Không có quốc gia mã '{x.CountryCode}'.");
        RuleFor(x => x.TargetEnterprise).NotEmpty().WithMessage("Vui lòng nhập tên tổ chức kinh tế nhận góp vốn.")
            .MaximumLength(ProjectConsts.MaxPartyNameLength).WithMessage($"Không được dài quá {ProjectConsts.MaxPartyNameLength} ký tự.");
        RuleFor(x => x.TargetTaxCode).MaximumLength(20).WithMessage("Mã số doanh nghiệp không được dài quá 20 ký tự.");
        RuleFor(x => x.ValueUsd).GreaterThan(0).WithMessage("Giá trị góp vốn phải lớn hơn 0.")
            .LessThanOrEqualTo(ProjectConsts.MaxAmountUsd).WithMessage("Giá trị góp vốn vượt quá giới hạn hợp lý.");
        RuleFor(x => x.ValueVnd).GreaterThanOrEqualTo(0).LessThanOrEqualTo(ProjectConsts.MaxAmountVnd)
            .When(x => x.ValueVnd is not null).WithMessage("Giá trị (VND) không hợp lệ.");
        RuleFor(x => x.Date).Must(d => d >= ProjectConsts.MinDate && d <= ProjectConsts.MaxDate)
            .WithMessage("Ngày không hợp lệ (phải từ năm 1988 đến năm 2100).");
        RuleFor(x => x.SectorCode).Must(c => c is null || codes.ContainsAny(c, ReferenceKind.VsicDivision, ReferenceKind.VsicSection))
            .WithMessage(x => $"Không có ngành VSIC mã '{x.SectorCode}'.");
        RuleFor(x => x.CommuneCode).Must(c => c is null || codes.Contains(ReferenceKind.AdministrativeUnit, c))
            .WithMessage(x => $"Không có đơn vị hành chính mã '{x.CommuneCode}'.");
        RuleFor(x => x.IndustrialZoneCode).Must(c => c is null || codes.Contains(ReferenceKind.IndustrialZone, c))
            .WithMessage(x => $"Không có khu công nghiệp mã '{x.IndustrialZoneCode}'.");
        RuleFor(x => x.Note).MaximumLength(ProjectConsts.MaxNoteLength).WithMessage($"Không được dài quá {ProjectConsts.MaxNoteLength} ký tự.");
    }
}
