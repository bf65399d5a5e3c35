using System.Globalization;
using InvestAid.Common;
using InvestAid.Reports.Excel;

namespace InvestAid.Reports;

/// <summary>
/// The ODA and NGO reports in the provincial layout of the FDI summary: heading with the planning department in force
/// on 31 December of the year, title, unit row (triệu đồng / triệu USD), STT, one sheet per grouping and a bold total row.
/// </summary>
public sealed class AidExcelReport(IFdiReportQueries queries, TimeProvider clock)
{
    public const string Unit = "Đơn vị: triệu đồng / triệu USD";
    public static readonly string[] OdaSheets = ["Theo dự án", "Theo nhà tài trợ", "Theo nguồn vốn"];
    public static readonly string[] NgoSheets = ["Theo nhà tài trợ", "Theo lĩnh vực", "Theo chương trình"];
    private const decimal Million = 1_000_000m;

    public async Task<byte[]> WriteAsync(OdaReportDto report, CancellationToken ct = default)
    {
        var heading = await HeadingAsync(report.Year,
            $"BÁO CÁO TÌNH HÌNH GIẢI NGÂN VỐN ODA VÀ VỐN VAY ƯU ĐÃI NĂM {report.Year}",
            $"(Kế hoạch vốn năm {report.Year} hiệu lực đến ngày {Day(report.PlanAsOf)}; giải ngân từ 01/01/{report.Year} đến {Day(report.PlanAsOf)})", ct);
        return WorkbookWriter.Save(
        [
            Oda(OdaSheets[0], "Tên dự án", "Nhà tài trợ", heading, report.ByProject, report.Total, r => r.DonorCode),
            Oda(OdaSheets[1], "Nhà tài trợ", "Số dự án", heading, report.ByDonor, report.Total, null),
            Oda(OdaSheets[2], "Nguồn vốn", "Số dự án", heading, report.BySource, report.Total, null),
        ]);
    }

    public async Task<byte[]> WriteAsync(NgoReportDto report, CancellationToken ct = default)
    {
        var heading = await HeadingAsync(report.Year,
            $"BÁO CÁO TÌNH HÌNH TIẾP NHẬN VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI NĂM {report.Year}",
            $"(Từ 01/01/{report.Year} đến 31/12/{report.Year}: {report.Programmes} chương trình, dự án của {report.DonorOrganisations} tổ chức tài trợ)", ct);
        return WorkbookWriter.Save(
        [
            Ngo(NgoSheets[0], "Tổ chức tài trợ", heading, report.ByDonor, report.Total),
            Ngo(NgoSheets[1], "Lĩnh vực (mã DAC)", heading, report.ByField, report.Total),
            Ngo(NgoSheets[2], "Chương trình, dự án", heading, report.ByProgramme, report.Total),
        ]);
    }

    private Task<ProvincialHeading> HeadingAsync(int year, string title, string period, CancellationToken ct) =>
        ProvincialHeading.ForAsync(queries, new DateOnly(year, 12, 31), VietnamTime.Today(clock), title, period, Unit, ct);

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static SheetWriter Oda(string name, string label, string fourth, ProvincialHeading heading, IReadOnlyList<OdaReportRow> rows,
        OdaReportRow total, Func<OdaReportRow, string?>? fourthText)
    {
        var sheet = new SheetWriter(name).Widths(7, 16, 48, 14, 18, 18, 16, 16, 14);
        heading.WriteTo(sheet, 9);
        ProvincialHeading.Headers(sheet,
        [
            "STT", "Mã", label, fourth, "Kế hoạch vốn (triệu đồng)", "Giải ngân (triệu đồng)",
            "Kế hoạch vốn (triệu USD)", "Giải ngân (triệu USD)", "Tỷ lệ giải ngân (%)",
        ]);
        var row = ProvincialHeading.HeaderRow + 1;
        var n = 1;
        foreach (var r in rows)
        {
            WriteOda(sheet, row++, (n++).ToString(CultureInfo.InvariantCulture), r, fourthText, false);
        }
        WriteOda(sheet, row, "", total, null, true);
        return sheet;
    }

    private static void WriteOda(SheetWriter sheet, int row, string number, OdaReportRow r, Func<OdaReportRow, string?>? fourthText, bool bold)
    {
        var money = bold ? CellStyle.BoldMoney : CellStyle.Money;
        sheet.Text(row, 1, number, CellStyle.CenteredText);
        sheet.Text(row, 2, bold ? "" : r.Code ?? "", CellStyle.CenteredText);
        sheet.Text(row, 3, bold ? "Tổng cộng" : r.NameVi ?? r.Code ?? "Chưa xác định", bold ? CellStyle.BoldText : CellStyle.Text);
        if (fourthText is not null)
        {
            sheet.Text(row, 4, fourthText(r) ?? "", CellStyle.CenteredText);
        }
        else
        {
            sheet.Number(row, 4, r.Projects, bold ? CellStyle.BoldCount : CellStyle.Count);
        }
        sheet.Number(row, 5, r.PlanVnd / Million, money);
        sheet.Number(row, 6, r.DisbursedVnd / Million, money);
        sheet.Number(row, 7, r.PlanUsd / Million, money);
        sheet.Number(row, 8, r.DisbursedUsd / Million, money);
        sheet.Number(row, 9, r.DisbursementRate * 100m, money);
    }

    private static SheetWriter Ngo(string name, string label, ProvincialHeading heading, IReadOnlyList<NgoReportRow> rows, NgoReportRow total)
    {
        var sheet = new SheetWriter(name).Widths(7, 16, 48, 14, 18, 18, 16, 18);
        heading.WriteTo(sheet, 8);
        ProvincialHeading.Headers(sheet,
        [
            "STT", "Mã", label, "Số chương trình, dự án", "Cam kết phê duyệt trong năm (triệu USD)", "Cam kết còn hiệu lực (triệu USD)",
            "Tiếp nhận trong năm (triệu USD)", "Tiếp nhận trong năm (triệu đồng)",
        ]);
        var row = ProvincialHeading.HeaderRow + 1;
        var n = 1;
        foreach (var r in rows)
        {
            WriteNgo(sheet, row++, (n++).ToString(CultureInfo.InvariantCulture), r, false);
        }
        WriteNgo(sheet, row, "", total, true);
        return sheet;
    }

    private static void WriteNgo(SheetWriter sheet, int row, string number, NgoReportRow r, bool bold)
    {
        var money = bold ? CellStyle.BoldMoney : CellStyle.Money;
        sheet.Text(row, 1, number, CellStyle.CenteredText);
        sheet.Text(row, 2, bold ? "" : r.Code ?? "", CellStyle.CenteredText);
        sheet.Text(row, 3, bold ? "Tổng cộng" : r.NameVi ?? r.Code ?? "Chưa xác định", bold ? CellStyle.BoldText : CellStyle.Text);
        sheet.Number(row, 4, r.Programmes, bold ? CellStyle.BoldCount : CellStyle.Count);
        sheet.Number(row, 5, r.CommittedInYearUsd / Million, money);
        sheet.Number(row, 6, r.CommittedInForceUsd / Million, money);
        sheet.Number(row, 7, r.ReceivedUsd / Million, money);
        sheet.Number(row, 8, r.ReceivedVnd / Million, money);
    }
}
