using MiniExcelLibs.Attributes;

namespace InvestAid.Projects;

/// <summary>One row of the project list as exported to Excel, with Vietnamese headers and number formats.</summary>
public sealed class ProjectExportRow
{
    [ExcelColumnName("STT")] [ExcelColumnWidth(6)] public int No { get; init; }
    [ExcelColumnName("Mã dự án")] [ExcelColumnWidth(16)] public string Code { get; init; } = "";
    [ExcelColumnName("Loại")] [ExcelColumnWidth(12)] public string Kind { get; init; } = "";
    [ExcelColumnName("Tên dự án")] [ExcelColumnWidth(48)] public string NameVi { get; init; } = "";
    [ExcelColumnName("Chủ đầu tư / chủ dự án")] [ExcelColumnWidth(36)] public string? OwnerName { get; init; }
    [ExcelColumnName("Quốc tịch nhà đầu tư")] [ExcelColumnWidth(14)] public string? Countries { get; init; }
    [ExcelColumnName("Nhà tài trợ")] [ExcelColumnWidth(12)] public string? Donor { get; init; }
    [ExcelColumnName("Ngành (VSIC)")] [ExcelColumnWidth(10)] public string? Sector { get; init; }
    [ExcelColumnName("Xã/phường")] [ExcelColumnWidth(10)] public string? Commune { get; init; }
    [ExcelColumnName("Khu công nghiệp")] [ExcelColumnWidth(14)] public string? IndustrialZone { get; init; }
    [ExcelColumnName("Ngày cấp / ký")] [ExcelFormat("dd/MM/yyyy")] [ExcelColumnWidth(12)] public DateTime? RegisteredOn { get; init; }
    [ExcelColumnName("Vốn đăng ký (USD)")] [ExcelFormat("#,##0.00")] [ExcelColumnWidth(20)] public decimal RegisteredCapitalUsd { get; init; }
    [ExcelColumnName("Trạng thái")] [ExcelColumnWidth(14)] public string Status { get; init; } = "";
}
