using FluentValidation;
using InvestAid.ReferenceData;

namespace InvestAid.Projects;

/// <summary>
/// Every rule on what an officer enters for a project; codes are checked against the reference lists
/// loaded into <paramref name="codes"/>. Messages are Vietnamese, fields are named as in the JSON body.
/// </summary>
public class ProjectInputValidator<T> : AbstractValidator<T> where T : ProjectInput
{
    public ProjectInputValidator(ReferenceCodeSet codes, Func<T, ProjectKind> kindOf)
    {
        RuleFor(x => x.NameVi).NotEmpty().WithMessage("Vui lòng nhập tên dự án (tiếng Việt).")
            .MaximumLength(ProjectConsts.MaxNameLength).WithMessage(TooLong(ProjectConsts.MaxNameLength));
        RuleFor(x => x.NameEn).MaximumLength(ProjectConsts.MaxNameLength).WithMessage(TooLong(ProjectConsts.MaxNameLength));
        RuleFor(x => x.NationalCode).MaximumLength(ProjectConsts.MaxNationalCodeLength).WithMessage(TooLong(ProjectConsts.MaxNationalCodeLength));
        RuleFor(x => x.OwnerName).MaximumLength(ProjectConsts.MaxPartyNameLength).WithMessage(TooLong(ProjectConsts.MaxPartyNameLength));
        RuleFor(x => x.Address).MaximumLength(ProjectConsts.MaxAddressLength).WithMessage(TooLong(ProjectConsts.MaxAddressLength));
        RuleFor(x => x.Objectives).MaximumLength(ProjectConsts.MaxObjectivesLength).WithMessage(TooLong(ProjectConsts.MaxObjectivesLength));
        RuleFor(x => x.Latitude).InclusiveBetween(-90m, 90m).WithMessage("Vĩ độ phải trong khoảng -90 đến 90.");
        RuleFor(x => x.Longitude).InclusiveBetween(-180m, 180m).WithMessage("Kinh độ phải trong khoảng -180 đến 180.");

        RuleFor(x => x.CommuneCode).Must(c => c is null || codes.Contains(ReferenceKind.AdministrativeUnit, c))
            .WithMessage(x => $"Không có đơn vị hành chính mã '{x.CommuneCode}'.");
        RuleForEach(x => x.CommuneCodes).Must(c => string.IsNullOrWhiteSpace(c) || codes.Contains(ReferenceKind.AdministrativeUnit, c.Trim()))
            .WithMessage((_, c) => $"Không có đơn vị hành chính mã '{c}'.");
        RuleFor(x => x.IndustrialZoneCode).Must(c => c is null || codes.Contains(ReferenceKind.IndustrialZone, c))
            .WithMessage(x => $"Không có khu công nghiệp mã '{x.IndustrialZoneCode}'.");
        RuleFor(x => x.SectorCode).Must(c => c is null || codes.ContainsAny(c, ReferenceKind.VsicDivision, ReferenceKind.VsicSection))
            .WithMessage(x => $"Không có ngành VSIC mã '{x.SectorCode}'.");
        RuleFor(x => x.DacCode).Must(c => c is null || codes.Contains(ReferenceKind.DacPurpose, c))
            .WithMessage(x => $"Không có mã mục đích DAC '{x.DacCode}'.");
        RuleFor(x => x.DonorCode).Must(c => c is null || codes.Contains(ReferenceKind.Donor, c))
            .WithMessage(x => $"Không có nhà tài trợ mã '{x.DonorCode}'.");

        RuleFor(x => x.PlannedStart).Must(InRange).When(x => x.PlannedStart is not null).WithMessage(DateOutOfRange);
        RuleFor(x => x.PlannedEnd).Must(InRange).When(x => x.PlannedEnd is not null).WithMessage(DateOutOfRange)
            .GreaterThanOrEqualTo(x => x.PlannedStart).When(x => x.PlannedStart is not null && x.PlannedEnd is not null)
            .WithMessage("Ngày kết thúc dự kiến không được trước ngày bắt đầu dự kiến.");
        RuleFor(x => x.ActualStart).Must(InRange).When(x => x.ActualStart is not null).WithMessage(DateOutOfRange);
        RuleFor(x => x.ActualEnd).Must(InRange).When(x => x.ActualEnd is not null).WithMessage(DateOutOfRange)
            .GreaterThanOrEqualTo(x => x.ActualStart).When(x => x.ActualStart is not null && x.ActualEnd is not null)
            .WithMessage("Ngày kết thúc thực tế không được trước ngày bắt đầu thực tế.");

        // The details block must be that of the project's kind.
        RuleFor(x => x.Fdi).Null().When(x => kindOf(x) != ProjectKind.Fdi).WithMessage("Chỉ dự án FDI có thông tin FDI.");
        RuleFor(x => x.Investors).Must(i => i is null || i.Count == 0).When(x => kindOf(x) != ProjectKind.Fdi)
            .WithMessage("Chỉ dự án FDI có nhà đầu tư nước ngoài.");
        RuleFor(x => x.Oda).Null().When(x => kindOf(x) is not (ProjectKind.Oda or ProjectKind.ConcessionalLoan))
            .WithMessage("Chỉ dự án ODA / vốn vay ưu đãi có thông tin hiệp định.");
        RuleFor(x => x.Ngo).Null().When(x => kindOf(x) != ProjectKind.NgoAid).WithMessage("Chỉ khoản viện trợ phi chính phủ có thông tin viện trợ.");
        RuleFor(x => x.Oda).NotNull().When(x => kindOf(x) is ProjectKind.Oda or ProjectKind.ConcessionalLoan)
            .WithMessage("Vui lòng nhập thông tin hiệp định tài trợ.");
        RuleFor(x => x.Ngo).NotNull().When(x => kindOf(x) == ProjectKind.NgoAid).WithMessage("Vui lòng nhập thông tin khoản viện trợ.");
        RuleFor(x => x.DonorCode).NotEmpty().When(x => kindOf(x) is ProjectKind.Oda or ProjectKind.ConcessionalLoan or ProjectKind.NgoAid)
            .WithMessage("Vui lòng chọn nhà tài trợ.");

        RuleFor(x => x.Investors).Must(i => i is null || i.Count <= ProjectConsts.MaxInvestors)
            .WithMessage($"Tối đa {ProjectConsts.MaxInvestors} nhà đầu tư.");
        RuleForEach(x => x.Investors).ChildRules(investor =>
        {
            investor.RuleFor(i => i.Name).NotEmpty().WithMessage("Vui lòng nhập tên nhà đầu tư.")
                .MaximumLength(ProjectConsts.MaxPartyNameLength).WithMessage(TooLong(ProjectConsts.MaxPartyNameLength));
            investor.RuleFor(i => i.CountryCode).Must(c => codes.Contains(ReferenceKind.Country, c))
                .WithMessage(i => $"Không có quốc gia mã '{i.CountryCode}'.");
        });

        RuleFor(x => x.Fdi!).ChildRules(fdi =>
        {
            fdi.RuleFor(f => f.IrcNumber).MaximumLength(ProjectConsts.MaxDocumentNumberLength).WithMessage(TooLong(ProjectConsts.MaxDocumentNumberLength));
            fdi.RuleFor(f => f.IrcDate).Must(InRange).When(f => f.IrcDate is not null).WithMessage(DateOutOfRange);
            fdi.RuleFor(f => f.DurationYears).InclusiveBetween(1, 99).WithMessage("Thời hạn dự án từ 1 đến 99 năm.");
        }).When(x => x.Fdi is not null);

        RuleFor(x => x.Oda!).ChildRules(oda =>
        {
            oda.RuleFor(o => o.AgreementNumber).MaximumLength(ProjectConsts.MaxDocumentNumberLength).WithMessage(TooLong(ProjectConsts.MaxDocumentNumberLength));
            oda.RuleFor(o => o.AgreementDate).Must(InRange).When(o => o.AgreementDate is not null).WithMessage(DateOutOfRange);
            oda.RuleFor(o => o.Currency).Must(c => codes.Contains(ReferenceKind.Currency, c)).WithMessage(o => $"Không có loại tiền '{o.Currency}'.");
            oda.RuleFor(o => o.OdaAmount).Must(Amount).WithMessage(AmountMessage);
            oda.RuleFor(o => o.LoanAmount).Must(Amount).WithMessage(AmountMessage);
            oda.RuleFor(o => o.CounterpartAmount).Must(Amount).WithMessage(AmountMessage);
            oda.RuleFor(o => o.OdaAmount + o.LoanAmount + o.CounterpartAmount).GreaterThan(0).OverridePropertyName("odaAmount")
                .WithMessage("Tổng vốn của dự án phải lớn hơn 0.");
            oda.RuleFor(o => o.RateToUsd).GreaterThan(0).LessThanOrEqualTo(1_000_000m).WithMessage("Tỷ giá quy đổi USD phải lớn hơn 0.");
            oda.RuleFor(o => o.RateToVnd).GreaterThan(0).LessThanOrEqualTo(1_000_000_000m).WithMessage("Tỷ giá quy đổi VND phải lớn hơn 0.");
            oda.RuleFor(o => o.RateDate).Must(InRange).When(o => o.RateDate is not null).WithMessage(DateOutOfRange);
        }).When(x => x.Oda is not null);

        RuleFor(x => x.Ngo!).ChildRules(ngo =>
        {
            ngo.RuleFor(n => n.AidType).IsInEnum().WithMessage("Loại hình viện trợ không hợp lệ.");
            ngo.RuleFor(n => n.CommittedAmount).GreaterThan(0).WithMessage("Giá trị cam kết phải lớn hơn 0.")
                .Must(Amount).WithMessage(AmountMessage);
            ngo.RuleFor(n => n.Currency).Must(c => codes.Contains(ReferenceKind.Currency, c)).WithMessage(n => $"Không có loại tiền '{n.Currency}'.");
            ngo.RuleFor(n => n.RateToUsd).GreaterThan(0).LessThanOrEqualTo(1_000_000m).WithMessage("Tỷ giá quy đổi USD phải lớn hơn 0.");
            ngo.RuleFor(n => n.ReceivingAgencyCode).Must(c => c is null || codes.Contains(ReferenceKind.Agency, c))
                .WithMessage(n => $"Không có cơ quan mã '{n.ReceivingAgencyCode}'.");
            ngo.RuleFor(n => n.Field).MaximumLength(ReferenceConsts.MaxNameLength).WithMessage(TooLong(ReferenceConsts.MaxNameLength));
            ngo.RuleFor(n => n.ApprovalDecisionNumber).MaximumLength(ProjectConsts.MaxDocumentNumberLength).WithMessage(TooLong(ProjectConsts.MaxDocumentNumberLength));
            ngo.RuleFor(n => n.ApprovalDate).Must(InRange).When(n => n.ApprovalDate is not null).WithMessage(DateOutOfRange);
        }).When(x => x.Ngo is not null);
    }

    internal const string DateOutOfRange = "Ngày không hợp lệ (phải từ năm 1988 đến năm 2100).";
    internal const string AmountMessage = "Số tiền không được âm và không được vượt quá giới hạn hợp lý.";

    internal static string TooLong(int max) => $"Không được dài quá {max} ký tự.";

    internal static bool InRange(DateOnly? d) => d is null || (d >= ProjectConsts.MinDate && d <= ProjectConsts.MaxDate);

    internal static bool Amount(decimal amount) => amount is >= 0 and <= ProjectConsts.MaxAmount;
}
