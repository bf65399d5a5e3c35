using InvestAid.Validation;
using FluentValidation;
using InvestAid.ReferenceData;

namespace InvestAid.Projects;

/// <summary>
/// Every rule on what an officer enters for a project; codes are checked against the reference lists
/// loaded into <paramref name="codes"/>. Messages are in the request's language (ValidationMessages.json), fields are named as in the JSON body.
/// </summary>
public class ProjectInputValidator<T> : AbstractValidator<T> where T : ProjectInput
{
    public ProjectInputValidator(ReferenceCodeSet codes, Func<T, ProjectKind> kindOf)
    {
        RuleFor(x => x.NameVi).NotEmpty().WithMessageKey("project.nameViRequired")
            .MaximumLength(ProjectConsts.MaxNameLength).WithMessageKey(TooLongKey);
        RuleFor(x => x.NameEn).MaximumLength(ProjectConsts.MaxNameLength).WithMessageKey(TooLongKey);
        RuleFor(x => x.NationalCode).MaximumLength(ProjectConsts.MaxNationalCodeLength).WithMessageKey(TooLongKey);
        RuleFor(x => x.OwnerName).MaximumLength(ProjectConsts.MaxPartyNameLength).WithMessageKey(TooLongKey);
        RuleFor(x => x.Address).MaximumLength(ProjectConsts.MaxAddressLength).WithMessageKey(TooLongKey);
        RuleFor(x => x.Objectives).MaximumLength(ProjectConsts.MaxObjectivesLength).WithMessageKey(TooLongKey);
        RuleFor(x => x.Latitude).InclusiveBetween(-90m, 90m).WithMessageKey("project.latitude");
        RuleFor(x => x.Longitude).InclusiveBetween(-180m, 180m).WithMessageKey("project.longitude");

        RuleFor(x => x.CommuneCode).Must(c => c is null || codes.Contains(ReferenceKind.AdministrativeUnit, c))
            .WithMessageKey("reference.unknownCommune");
        RuleForEach(x => x.CommuneCodes).Must(c => string.IsNullOrWhiteSpace(c) || codes.Contains(ReferenceKind.AdministrativeUnit, c.Trim()))
            .WithMessageKey("reference.unknownCommune");
        RuleFor(x => x.IndustrialZoneCode).Must(c => c is null || codes.Contains(ReferenceKind.IndustrialZone, c))
            .WithMessageKey("reference.unknownZone");
        RuleFor(x => x.SectorCode).Must(c => c is null || codes.ContainsAny(c, ReferenceKind.VsicDivision, ReferenceKind.VsicSection))
            .WithMessageKey("reference.unknownSector");
        RuleFor(x => x.DacCode).Must(c => c is null || codes.Contains(ReferenceKind.DacPurpose, c))
            .WithMessageKey("reference.unknownDac");
        RuleFor(x => x.DonorCode).Must(c => c is null || codes.Contains(ReferenceKind.Donor, c))
            .WithMessageKey("reference.unknownDonor");

        RuleFor(x => x.PlannedStart).Must(InRange).When(x => x.PlannedStart is not null).WithMessageKey(DateOutOfRangeKey);
        RuleFor(x => x.PlannedEnd).Must(InRange).When(x => x.PlannedEnd is not null).WithMessageKey(DateOutOfRangeKey)
            .GreaterThanOrEqualTo(x => x.PlannedStart).When(x => x.PlannedStart is not null && x.PlannedEnd is not null)
            .WithMessageKey("project.plannedEndBeforeStart");
        RuleFor(x => x.ActualStart).Must(InRange).When(x => x.ActualStart is not null).WithMessageKey(DateOutOfRangeKey);
        RuleFor(x => x.ActualEnd).Must(InRange).When(x => x.ActualEnd is not null).WithMessageKey(DateOutOfRangeKey)
            .GreaterThanOrEqualTo(x => x.ActualStart).When(x => x.ActualStart is not null && x.ActualEnd is not null)
            .WithMessageKey("project.actualEndBeforeStart");

        // The details block must be that of the project's kind.
        RuleFor(x => x.Fdi).Null().When(x => kindOf(x) != ProjectKind.Fdi).WithMessageKey("project.fdiOnlyForFdi");
        RuleFor(x => x.Investors).Must(i => i is null || i.Count == 0).When(x => kindOf(x) != ProjectKind.Fdi)
            .WithMessageKey("project.investorsOnlyForFdi");
        RuleFor(x => x.Oda).Null().When(x => kindOf(x) is not (ProjectKind.Oda or ProjectKind.ConcessionalLoan))
            .WithMessageKey("project.odaOnlyForOda");
        RuleFor(x => x.Ngo).Null().When(x => kindOf(x) != ProjectKind.NgoAid).WithMessageKey("project.ngoOnlyForNgo");
        RuleFor(x => x.Oda).NotNull().When(x => kindOf(x) is ProjectKind.Oda or ProjectKind.ConcessionalLoan)
            .WithMessageKey("project.odaRequired");
        RuleFor(x => x.Ngo).NotNull().When(x => kindOf(x) == ProjectKind.NgoAid).WithMessageKey("project.ngoRequired");
        RuleFor(x => x.DonorCode).NotEmpty().When(x => kindOf(x) is ProjectKind.Oda or ProjectKind.ConcessionalLoan or ProjectKind.NgoAid)
            .WithMessageKey("project.donorRequired");

        RuleFor(x => x.Investors).Must(i => i is null || i.Count <= ProjectConsts.MaxInvestors)
            .WithMessageKey("project.maxInvestors", ProjectConsts.MaxInvestors);
        RuleForEach(x => x.Investors).ChildRules(investor =>
        {
            investor.RuleFor(i => i.Name).NotEmpty().WithMessageKey("project.investorNameRequired")
                .MaximumLength(ProjectConsts.MaxPartyNameLength).WithMessageKey(TooLongKey);
            investor.RuleFor(i => i.CountryCode).Must(c => codes.Contains(ReferenceKind.Country, c))
                .WithMessageKey("reference.unknownCountry");
        });

        RuleFor(x => x.Fdi!).ChildRules(fdi =>
        {
            fdi.RuleFor(f => f.IrcNumber).MaximumLength(ProjectConsts.MaxDocumentNumberLength).WithMessageKey(TooLongKey);
            fdi.RuleFor(f => f.IrcDate).Must(InRange).When(f => f.IrcDate is not null).WithMessageKey(DateOutOfRangeKey);
            fdi.RuleFor(f => f.DurationYears).InclusiveBetween(1, 99).WithMessageKey("project.durationYears");
        }).When(x => x.Fdi is not null);

        RuleFor(x => x.Oda!).ChildRules(oda =>
        {
            oda.RuleFor(o => o.AgreementNumber).MaximumLength(ProjectConsts.MaxDocumentNumberLength).WithMessageKey(TooLongKey);
            oda.RuleFor(o => o.AgreementDate).Must(InRange).When(o => o.AgreementDate is not null).WithMessageKey(DateOutOfRangeKey);
            oda.RuleFor(o => o.Currency).Must(c => codes.Contains(ReferenceKind.Currency, c)).WithMessageKey("reference.unknownCurrency");
            oda.RuleFor(o => o.OdaAmount).InclusiveBetween(0m, ProjectConsts.MaxAmount).WithMessageKey(AmountKey);
            oda.RuleFor(o => o.LoanAmount).InclusiveBetween(0m, ProjectConsts.MaxAmount).WithMessageKey(AmountKey);
            oda.RuleFor(o => o.CounterpartAmount).InclusiveBetween(0m, ProjectConsts.MaxAmount).WithMessageKey(AmountKey);
            oda.RuleFor(o => o.OdaAmount + o.LoanAmount + o.CounterpartAmount).GreaterThan(0).OverridePropertyName("odaAmount")
                .WithMessageKey("project.totalPositive");
            oda.RuleFor(o => o.RateToUsd).GreaterThan(0).LessThanOrEqualTo(1_000_000m).WithMessageKey("project.rateToUsd");
            oda.RuleFor(o => o.RateToVnd).GreaterThan(0).LessThanOrEqualTo(1_000_000_000m).WithMessageKey("project.rateToVnd");
            oda.RuleFor(o => o.RateDate).Must(InRange).When(o => o.RateDate is not null).WithMessageKey(DateOutOfRangeKey);
        }).When(x => x.Oda is not null);

        RuleFor(x => x.Ngo!).ChildRules(ngo =>
        {
            ngo.RuleFor(n => n.AidType).IsInEnum().WithMessageKey("project.aidType");
            ngo.RuleFor(n => n.CommittedAmount).GreaterThan(0).WithMessageKey("project.committedPositive")
                .InclusiveBetween(0m, ProjectConsts.MaxAmount).WithMessageKey(AmountKey);
            ngo.RuleFor(n => n.Currency).Must(c => codes.Contains(ReferenceKind.Currency, c)).WithMessageKey("reference.unknownCurrency");
            ngo.RuleFor(n => n.RateToUsd).GreaterThan(0).LessThanOrEqualTo(1_000_000m).WithMessageKey("project.rateToUsd");
            ngo.RuleFor(n => n.ReceivingAgencyCode).Must(c => c is null || codes.Contains(ReferenceKind.Agency, c))
                .WithMessageKey("reference.unknownAgency");
            ngo.RuleFor(n => n.Field).MaximumLength(ReferenceConsts.MaxNameLength).WithMessageKey(TooLongKey);
            ngo.RuleFor(n => n.ApprovalDecisionNumber).MaximumLength(ProjectConsts.MaxDocumentNumberLength).WithMessageKey(TooLongKey);
            ngo.RuleFor(n => n.ApprovalDate).Must(InRange).When(n => n.ApprovalDate is not null).WithMessageKey(DateOutOfRangeKey);
        }).When(x => x.Ngo is not null);
    }

    internal const string DateOutOfRangeKey = "common.dateOutOfRange";
    internal const string AmountKey = "common.amountOutOfRange";
    internal const string TooLongKey = "common.tooLong";

    internal static bool InRange(DateOnly? d) => d is null || (d >= ProjectConsts.MinDate && d <= ProjectConsts.MaxDate);

}
