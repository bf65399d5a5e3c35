namespace InvestAid.EnterpriseReports;

/// <summary>
/// The versions of the enterprise's investment-implementation report form. The fields are data, not columns: the form of
/// the new circular is not yet confirmed, so a new version is added here (and filed reports keep the version they used).
/// </summary>
public static class EnterpriseReportForms
{
    public const string ImplementedForeignUsd = "implementedForeignUsd";
    public const string ImplementedDomesticUsd = "implementedDomesticUsd";
    public const string RevenueUsd = "revenueUsd";
    public const string ExportsUsd = "exportsUsd";
    public const string LabourVietnamese = "labourVietnamese";
    public const string LabourForeign = "labourForeign";
    public const string TaxesPaidVnd = "taxesPaidVnd";
    public const string LandUsedM2 = "landUsedM2";

    /// <summary>The form of Circular 03/2021/TT-BKHĐT (annex A.III), the fields the province consolidates.</summary>
    public static readonly ReportFormDto V2021 = new(
        "TT03-2021/v1",
        "Báo cáo tình hình thực hiện dự án đầu tư (tổ chức kinh tế có vốn đầu tư nước ngoài)",
        "Investment project implementation report (foreign-invested enterprise)",
        "Thông tư 03/2021/TT-BKHĐT, mẫu A.III; Nghị định 31/2021/NĐ-CP Điều 102",
        new DateOnly(2021, 6, 1),
        [
            new(ImplementedForeignUsd, "Vốn thực hiện – vốn nước ngoài", "Implemented capital – foreign", "USD", false),
            new(ImplementedDomesticUsd, "Vốn thực hiện – vốn trong nước", "Implemented capital – domestic", "USD", false),
            new(RevenueUsd, "Doanh thu", "Revenue", "USD", false),
            new(ExportsUsd, "Giá trị xuất khẩu", "Exports", "USD", false),
            new(LabourVietnamese, "Lao động Việt Nam", "Vietnamese workers", "người", true),
            new(LabourForeign, "Lao động nước ngoài", "Foreign workers", "người", true),
            new(TaxesPaidVnd, "Thuế và các khoản nộp ngân sách", "Taxes paid", "VND", false),
            new(LandUsedM2, "Diện tích đất sử dụng", "Land used", "m²", false),
        ]);

    public static readonly IReadOnlyList<ReportFormDto> All = [V2021];

    /// <summary>The form in force on a day (the latest whose effective date is on or before it).</summary>
    public static ReportFormDto InForce(DateOnly day) => All.Where(f => f.EffectiveFrom <= day).MaxBy(f => f.EffectiveFrom) ?? V2021;

    public static ReportFormDto? Find(string version) => All.FirstOrDefault(f => f.Version == version);
}
