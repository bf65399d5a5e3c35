using MiniExcelLibs.Attributes;

namespace InvestAid.CapitalContributions;

/// <summary>One row of the capital contribution list in Excel (Vietnamese headers, as the department files it).</summary>
public sealed class CapitalContributionExportRow
{
    [ExcelColumnName("STT")] [ExcelColumnWidth(6)] public int No { get; init; }
    [ExcelColumnName("Ngày")] [ExcelFormat("dd/MM/yyyy")] [ExcelColumnWidth(12)] public DateTime Date { get; init; }
    [ExcelColumnName("Nhà đầu tư")] [ExcelColumnWidth(36)] public string InvestorName { get; init; } = "";
    [ExcelColumnName("Quốc tịch")] [ExcelColumnWidth(10)] public string Country { get; init; } = "";
    [ExcelColumnName("Tổ chức kinh tế nhận góp vốn")] [ExcelColumnWidth(40)] public string TargetEnterprise { get; init; } = "";
    [ExcelColumnName("Mã số thuế")] [ExcelColumnWidth(14)] public string? TargetTaxCode { get; init; }
    [ExcelColumnName("Ngành (VSIC)")] [ExcelColumnWidth(10)] public string? Sector { get; init; }
    [ExcelColumnName("Xã/phường")] [ExcelColumnWidth(10)] public string? Commune { get; init; }
    [ExcelColumnName("Khu công nghiệp")] [ExcelColumnWidth(14)] public string? IndustrialZone { get; init; }
    [ExcelColumnName("Giá trị (USD)")] [ExcelFormat("#,##0.00")] [ExcelColumnWidth(16)] public decimal ValueUsd { get; init; }
    [ExcelColumnName("Giá trị (VND)")] [ExcelFormat("#,##0")] [ExcelColumnWidth(20)] public decimal? ValueVnd { get; init; }
    [ExcelColumnName("Mã dự án")] [ExcelColumnWidth(16)] public string? ProjectCode { get; init; }
    [ExcelColumnName("Dự án")] [ExcelColumnWidth(40)] public string? ProjectName { get; init; }
    [ExcelColumnName("Ghi chú")] [ExcelColumnWidth(30)] public string? Note { get; init; }
}
