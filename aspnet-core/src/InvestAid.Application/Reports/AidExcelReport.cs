using System.Globalization;
using InvestAid.Common;
using InvestAid.Reports.Excel;

namespace InvestAid.Reports;

/// <summary>
/// The ODA and NGO reports in the provincial layout of the FDI summary: heading with the planning department in force at the
/// period end, title, unit row, STT, one sheet per grouping and a bold total row. ODA amounts in million VND (foreign and
/// counterpart capital in their own columns) with the USD columns in USD; NGO amounts in USD. Every figure is the JSON's; a plan
/// that could not be priced in USD prints <see cref="NoRate"/> instead of a number.
/// </summary>
public sealed class AidExcelReport(IFdiReportQueries queries, TimeProvider clock)
{
    public const string OdaUnit = "Đơn vị: triệu đồng; USD";
    public const string NgoUnit = "Đơn vị: USD";
    public const string NoRate = "Chưa có tỷ giá";
    public static readonly string[] OdaSheets = ["Theo dự án", "Theo nhà tài trợ", "Theo nguồn vốn"];
    public static readonly string[] NgoSheets = ["Theo nhà tài trợ", "Theo lĩnh vực", "Theo địa bàn", "Theo chương trình", "Phê duyệt trong kỳ", "Chưa triển khai", "Hồ sơ đang xử lý"];
    private const decimal Million = 1_000_000m;

    public async Task<byte[]> WriteAsync(OdaReportDto report, CancellationToken ct = default)
    {
        var i = report.Implementation;
        var heading = await HeadingAsync(report.To,
            $"BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC DỰ ÁN ODA VÀ VỐN VAY ƯU ĐÃI {PeriodTitle(report.From, report.To)}",
            $"(Từ {Day(report.From)} đến {Day(report.To)}: {i.InImplementation} dự án đang thực hiện, trong đó {i.NewlyStarted} dự án khởi công mới, "
            + $"{i.Completed} dự án hoàn thành; kế hoạch vốn năm {report.PlanYear} hiệu lực đến ngày {Day(report.PlanAsOf)}"
            + (report.RateDate is { } rd ? $"; quy đổi USD theo tỷ giá ngày {Day(rd)})" : "; quy đổi USD theo tỷ giá của hiệp định)"), OdaUnit, ct);
        return WorkbookWriter.Save(
        [
            Oda(OdaSheets[0], "Tên dự án", "Nhà tài trợ", heading, report.ByProject, report.Total, r => r.DonorNameVi ?? r.DonorCode),
            Oda(OdaSheets[1], "Nhà tài trợ", "Số dự án", heading, report.ByDonor, report.Total, null),
            Oda(OdaSheets[2], "Nguồn vốn", "Số dự án", heading, report.BySource, report.Total, null),
        ]);
    }

    public async Task<byte[]> WriteAsync(NgoReportDto report, CancellationToken ct = default)
    {
        var heading = await HeadingAsync(report.To,
            $"BÁO CÁO TÌNH HÌNH TIẾP NHẬN VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI {PeriodTitle(report.From, report.To)}",
            $"(Từ {Day(report.From)} đến {Day(report.To)}: phê duyệt {report.Approved.Count} khoản viện trợ; đang thực hiện {report.Programmes} "
            + $"chương trình, dự án của {report.DonorOrganisations} tổ chức; {report.ApprovedNotStarted.Count} khoản đã phê duyệt chưa triển khai; "
            + $"{report.Dossiers.Waiting} hồ sơ đang xử lý)", NgoUnit, ct);
        var approvedTotal = new NgoReportRow(null, "Tổng cộng", "Total", report.Approved.Count, report.Approved.CommittedUsd,
            report.Approved.ByDecision.Sum(r => r.CommitmentInPeriodUsd), report.Approved.ByDecision.Sum(r => r.ReceivedUsd), report.Approved.ByDecision.Sum(r => r.ReceivedVnd));
        var notStartedTotal = new NgoReportRow(null, "Tổng cộng", "Total", report.ApprovedNotStarted.Count, report.ApprovedNotStarted.Sum(r => r.CommittedUsd),
            report.ApprovedNotStarted.Sum(r => r.CommitmentInPeriodUsd), report.ApprovedNotStarted.Sum(r => r.ReceivedUsd), report.ApprovedNotStarted.Sum(r => r.ReceivedVnd));
        return WorkbookWriter.Save(
        [
            Ngo(NgoSheets[0], "Tổ chức tài trợ", heading, report.ByDonor, report.Total),
            Ngo(NgoSheets[1], "Lĩnh vực", heading, report.ByField, report.Total),
            Ngo(NgoSheets[2], "Địa bàn", heading, report.ByPlace, report.Total),
            Ngo(NgoSheets[3], "Chương trình, dự án", heading, report.ByProgramme, report.Total),
            Ngo(NgoSheets[4], "Khoản viện trợ (quyết định phê duyệt)", heading, report.Approved.ByDecision, approvedTotal),
            Ngo(NgoSheets[5], "Khoản viện trợ đã phê duyệt, chưa triển khai", heading, report.ApprovedNotStarted, notStartedTotal),
            Dossiers(NgoSheets[6], heading, report.Dossiers),
        ]);
    }

    /// <summary>"NĂM 2025" for a calendar year, else "TỪ 01/01/2025 ĐẾN 30/06/2025".</summary>
    public static string PeriodTitle(DateOnly from, DateOnly to) =>
        from == new DateOnly(from.Year, 1, 1) && to == new DateOnly(from.Year, 12, 31) ? $"NĂM {from.Year}" : $"TỪ {Day(from)} ĐẾN {Day(to)}";

    private Task<ProvincialHeading> HeadingAsync(DateOnly end, string title, string period, string unit, CancellationToken ct) =>
        ProvincialHeading.ForAsync(queries, end, VietnamTime.Today(clock), title, period, unit, ct);

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static SheetWriter Oda(string name, string label, string fourth, ProvincialHeading heading, IReadOnlyList<OdaReportRow> rows,
        OdaReportRow total, Func<OdaReportRow, string?>? fourthText)
    {
        var sheet = new SheetWriter(name).Widths(7, 16, 48, 14, 18, 18, 12, 18, 18, 18, 18);
        heading.WriteTo(sheet, 11);
        ProvincialHeading.Headers(sheet,
        [
            "STT", "Mã", label, fourth,
            "Kế hoạch vốn nước ngoài (triệu đồng)", "Giải ngân vốn nước ngoài (triệu đồng)", "Tỷ lệ giải ngân vốn nước ngoài (%)",
            "Kế hoạch vốn đối ứng (triệu đồng)", "Giải ngân vốn đối ứng (triệu đồng)",
            "Kế hoạch vốn nước ngoài (USD)", "Giải ngân vốn nước ngoài (USD)",
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
        sheet.Number(row, 7, r.DisbursementRate * 100m, money);
        sheet.Number(row, 8, r.PlanCounterpartVnd / Million, money);
        sheet.Number(row, 9, r.DisbursedCounterpartVnd / Million, money);
        if (r.PlanUsd is { } usd)
        {
            sheet.Number(row, 10, usd, money);
        }
        else
        {
            sheet.Text(row, 10, NoRate, bold ? CellStyle.BoldText : CellStyle.Text);
        }
        sheet.Number(row, 11, r.DisbursedUsd, money);
    }

    private static SheetWriter Ngo(string name, string label, ProvincialHeading heading, IReadOnlyList<NgoReportRow> rows, NgoReportRow total)
    {
        var sheet = new SheetWriter(name).Widths(7, 16, 48, 14, 18, 18, 18, 20);
        heading.WriteTo(sheet, 8);
        ProvincialHeading.Headers(sheet,
        [
            "STT", "Mã", label, "Số chương trình, dự án", "Tổng giá trị cam kết (USD)", "Cam kết trong kỳ (USD)",
            "Tiếp nhận trong kỳ (USD)", "Tiếp nhận trong kỳ (đồng)",
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
        var name = bold ? "Tổng cộng" : r.NameVi ?? r.Code ?? "Chưa xác định";
        if (!bold && r.DecisionNumber is { } decision)
        {
            name += $" (QĐ {decision}{(r.ApprovalDate is { } d ? " ngày " + Day(d) : "")})";
        }
        sheet.Text(row, 3, name, bold ? CellStyle.BoldText : CellStyle.Text);
        sheet.Number(row, 4, r.Programmes, bold ? CellStyle.BoldCount : CellStyle.Count);
        sheet.Number(row, 5, r.CommittedUsd, money);
        sheet.Number(row, 6, r.CommitmentInPeriodUsd, money);
        sheet.Number(row, 7, r.ReceivedUsd, money);
        sheet.Number(row, 8, r.ReceivedVnd, money);
    }

    private static SheetWriter Dossiers(string name, ProvincialHeading heading, NgoDossiers dossiers)
    {
        var sheet = new SheetWriter(name).Widths(7, 22, 48, 16, 16, 40);
        heading.WriteTo(sheet, 6);
        ProvincialHeading.Headers(sheet, ["STT", "Mã thủ tục", "Thủ tục", "Tiếp nhận trong kỳ", "Đang xử lý cuối kỳ", "Dự án đang xử lý"]);
        var row = ProvincialHeading.HeaderRow + 1;
        var n = 1;
        foreach (var r in dossiers.ByProcedure)
        {
            sheet.Text(row, 1, (n++).ToString(CultureInfo.InvariantCulture), CellStyle.CenteredText);
            sheet.Text(row, 2, r.ProcedureKey, CellStyle.CenteredText);
            sheet.Text(row, 3, r.NameVi);
            sheet.Number(row, 4, r.Received, CellStyle.Count);
            sheet.Number(row, 5, r.Waiting, CellStyle.Count);
            sheet.Text(row, 6, string.Join(", ", r.WaitingProjectCodes));
            row++;
        }
        sheet.Text(row, 1, "", CellStyle.CenteredText);
        sheet.Text(row, 3, "Tổng cộng", CellStyle.BoldText);
        sheet.Number(row, 4, dossiers.Received, CellStyle.BoldCount);
        sheet.Number(row, 5, dossiers.Waiting, CellStyle.BoldCount);
        return sheet;
    }
}
