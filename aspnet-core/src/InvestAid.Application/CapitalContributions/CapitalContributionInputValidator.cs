using InvestAid.Validation;
using FluentValidation;
using InvestAid.Projects;
using InvestAid.ReferenceData;

namespace InvestAid.CapitalContributions;

public sealed class CapitalContributionInputValidator : AbstractValidator<CapitalContributionInput>
{
    public CapitalContributionInputValidator(ReferenceCodeSet codes)
    {
        RuleFor(x => x.InvestorName).NotEmpty().WithMessageKey("project.investorNameRequired")
            .MaximumLength(ProjectConsts.MaxPartyNameLength).WithMessageKey("common.tooLong");
        RuleFor(x => x.CountryCode).Must(c => codes.Contains(ReferenceKind.Country, c)).WithMessageKey("reference.unknownCountry");
        RuleFor(x => x.TargetEnterprise).NotEmpty().WithMessageKey("contribution.targetRequired")
            .MaximumLength(ProjectConsts.MaxPartyNameLength).WithMessageKey("common.tooLong");
        RuleFor(x => x.TargetTaxCode).MaximumLength(20).WithMessageKey("contribution.taxCode");
        RuleFor(x => x.ValueUsd).GreaterThan(0).WithMessageKey("contribution.valuePositive")
            .LessThanOrEqualTo(ProjectConsts.MaxAmountUsd).WithMessageKey("contribution.valueTooLarge");
        RuleFor(x => x.ValueVnd).GreaterThanOrEqualTo(0).LessThanOrEqualTo(ProjectConsts.MaxAmountVnd)
            .When(x => x.ValueVnd is not null).WithMessageKey("contribution.valueVnd");
        RuleFor(x => x.Date).Must(d => d >= ProjectConsts.MinDate && d <= ProjectConsts.MaxDate)
            .WithMessageKey("common.dateOutOfRange");
        RuleFor(x => x.SectorCode).Must(c => c is null || codes.ContainsAny(c, ReferenceKind.VsicDivision, ReferenceKind.VsicSection))
            .WithMessageKey("reference.unknownSector");
        RuleFor(x => x.CommuneCode).Must(c => c is null || codes.Contains(ReferenceKind.AdministrativeUnit, c))
            .WithMessageKey("reference.unknownCommune");
        RuleFor(x => x.IndustrialZoneCode).Must(c => c is null || codes.Contains(ReferenceKind.IndustrialZone, c))
            .WithMessageKey("reference.unknownZone");
        RuleFor(x => x.Note).MaximumLength(ProjectConsts.MaxNoteLength).WithMessageKey("common.tooLong");
    }
}
