namespace InvestAid.Projects;

/// <summary>The columns of the project import sheet, by their Vietnamese headers, and which request field each fills.</summary>
public static class ProjectImportColumns
{
    public const string Kind = "Loại dự án";
    public const string NameVi = "Tên dự án (tiếng Việt)";
    public const string NameEn = "Tên dự án (tiếng Anh)";
    public const string OwnerName = "Chủ đầu tư / chủ dự án";
    public const string InvestorNames = "Nhà đầu tư nước ngoài";
    public const string InvestorCountries = "Quốc tịch nhà đầu tư";
    public const string IrcNumber = "Số GCNĐKĐT";
    public const string IrcDate = "Ngày cấp GCNĐKĐT";
    public const string CapitalUsd = "Vốn đăng ký (USD)";
    public const string CapitalVnd = "Vốn đăng ký (VND)";
    public const string Sector = "Ngành VSIC";
    public const string Commune = "Mã xã/phường";
    public const string IndustrialZone = "Mã KCN";
    public const string Address = "Địa chỉ";
    public const string Donor = "Nhà tài trợ";
    public const string AgreementNumber = "Số hiệp định";
    public const string AgreementDate = "Ngày ký hiệp định";
    public const string Currency = "Loại tiền";
    public const string OdaAmount = "Vốn ODA";
    public const string LoanAmount = "Vốn vay ưu đãi";
    public const string CounterpartAmount = "Vốn đối ứng";
    public const string RateToUsd = "Tỷ giá USD";
    public const string RateToVnd = "Tỷ giá VND";
    public const string AidType = "Loại hình viện trợ";
    public const string CommittedAmount = "Giá trị cam kết";
    public const string ReceivingAgency = "Cơ quan tiếp nhận";
    public const string Field = "Lĩnh vực";
    public const string DecisionNumber = "Số quyết định phê duyệt";
    public const string DecisionDate = "Ngày phê duyệt";
    public const string PlannedStart = "Ngày bắt đầu";
    public const string PlannedEnd = "Ngày kết thúc";

    public static readonly string[] All =
    [
        Kind, NameVi, NameEn, OwnerName, InvestorNames, InvestorCountries, IrcNumber, IrcDate, CapitalUsd, CapitalVnd,
        Sector, Commune, IndustrialZone, Address, Donor, AgreementNumber, AgreementDate, Currency, OdaAmount, LoanAmount,
        CounterpartAmount, RateToUsd, RateToVnd, AidType, CommittedAmount, ReceivingAgency, Field, DecisionNumber,
        DecisionDate, PlannedStart, PlannedEnd,
    ];

    /// <summary>The column of a validation error's field (camelCase path of the request).</summary>
    public static string ForField(string field)
    {
        var f = System.Text.RegularExpressions.Regex.Replace(field, @"\[\d+\]", "");
        return f switch
        {
            "kind" => Kind,
            "nameVi" => NameVi,
            "nameEn" => NameEn,
            "ownerName" => OwnerName,
            "investors" or "investors.name" => InvestorNames,
            "investors.countryCode" => InvestorCountries,
            "fdi" or "fdi.ircNumber" => IrcNumber,
            "fdi.ircDate" => IrcDate,
            "registeredCapitalUsd" => CapitalUsd,
            "registeredCapitalVnd" => CapitalVnd,
            "sectorCode" => Sector,
            "communeCode" => Commune,
            "industrialZoneCode" => IndustrialZone,
            "address" => Address,
            "donorCode" => Donor,
            "oda" or "oda.agreementNumber" => AgreementNumber,
            "oda.agreementDate" => AgreementDate,
            "oda.currency" or "ngo.currency" => Currency,
            "oda.odaAmount" => OdaAmount,
            "oda.loanAmount" => LoanAmount,
            "oda.counterpartAmount" => CounterpartAmount,
            "oda.rateToUsd" or "ngo.rateToUsd" => RateToUsd,
            "oda.rateToVnd" => RateToVnd,
            "ngo" or "ngo.aidType" => AidType,
            "ngo.committedAmount" => CommittedAmount,
            "ngo.receivingAgencyCode" => ReceivingAgency,
            "ngo.field" => Field,
            "ngo.approvalDecisionNumber" => DecisionNumber,
            "ngo.approvalDate" => DecisionDate,
            "plannedStart" => PlannedStart,
            "plannedEnd" => PlannedEnd,
            _ => field,
        };
    }
}
