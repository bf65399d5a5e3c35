using System.Globalization;
using InvestAid.Common;
using InvestAid.Reports;
using InvestAid.Reports.Excel;

namespace InvestAid.EnterpriseReports;

/// <summary>
/// The province's consolidated quarterly report of FDI enterprises' implementation (tổng hợp báo cáo tình hình thực hiện
/// dự án có vốn đầu tư nước ngoài), in the provincial layout: one row per enterprise that filed (accepted or waiting),
/// a total, and a second sheet with the enterprises that have not filed.
/// </summary>
public sealed class EnterpriseReportExcel(EnterpriseReportAppService service, IEnterpriseReportRepository reports, IFdiReportQueries queries, TimeProvider clock)
{
    public async Task<byte[]> WriteQuarterAsync(int year, int quarter, CancellationToken ct = default)
    {
        var missing = await service.MissingAsync(ReportPeriodKind.Quarterly, year, quarter, ct);
        var filed = (await reports.CurrentOfPeriodAsync(ReportPeriodKind.Quarterly, year, quarter, ct))
            .Where(r => r.Status is EnterpriseReportStatus.Accepted or EnterpriseReportStatus.Filed).ToList();
        var names = await reports.ProjectNamesAsync(filed.Select(r => r.ProjectId).ToList(), ct);
        var heading = await ProvincialHeading.ForAsync(queries, ReportPeriods.End(ReportPeriodKind.Quarterly, year, quarter), VietnamTime.Today(clock),
            $"TỔNG HỢP BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ ÁN ĐẦU TƯ NƯỚC NGOÀI QUÝ {quarter}/{year}",
            $"({filed.Count}/{missing.Expected} doanh nghiệp đã báo cáo; hạn nộp {missing.DueDate:dd/MM/yyyy})",
            "Đơn vị: USD, người, triệu đồng, m²", ct);
        var fields = EnterpriseReportForms.V2021.Fields;
        var sheet = new SheetWriter("Tổng hợp").Widths(6, 16, 40, 30, 16, 16, 16, 16, 12, 12, 16, 14, 14);
        var last = 5 + fields.Count;
        heading.WriteTo(sheet, last);
        ProvincialHeading.Headers(sheet,
        [
            "STT", "Mã dự án", "Tên dự án", "Doanh nghiệp",
            .. fields.Select(f => f.Key == EnterpriseReportForms.TaxesPaidVnd ? "Thuế đã nộp (triệu đồng)" : $"{f.LabelVi} ({f.Unit})"),
            "Tình trạng",
        ]);
        var row = ProvincialHeading.HeaderRow + 1;
        var n = 1;
        var totals = new decimal[fields.Count];
        foreach (var r in filed.OrderBy(r => names.GetValueOrDefault(r.ProjectId).Code))
        {
            var p = names.GetValueOrDefault(r.ProjectId);
            sheet.Text(row, 1, (n++).ToString(CultureInfo.InvariantCulture), CellStyle.CenteredText);
            sheet.Text(row, 2, p.Code, CellStyle.CenteredText);
            sheet.Text(row, 3, p.Name);
            sheet.Text(row, 4, p.OwnerName);
            for (var i = 0; i < fields.Count; i++)
            {
                var v = Scaled(fields[i], r.Value(fields[i].Key));
                totals[i] += v;
                sheet.Number(row, 5 + i, v, fields[i].WholeNumber ? CellStyle.Count : CellStyle.Money);
            }
            sheet.Text(row, 5 + fields.Count, r.Status == EnterpriseReportStatus.Accepted ? "Đã xác nhận" : "Chờ xác nhận", CellStyle.CenteredText);
            row++;
        }
        sheet.Text(row, 1, "", CellStyle.CenteredText);
        sheet.Text(row, 2, "", CellStyle.CenteredText);
        sheet.Text(row, 3, "Tổng cộng", CellStyle.BoldText);
        sheet.Text(row, 4, $"{filed.Count} doanh nghiệp", CellStyle.BoldText);
        for (var i = 0; i < fields.Count; i++)
        {
            sheet.Number(row, 5 + i, totals[i], fields[i].WholeNumber ? CellStyle.BoldCount : CellStyle.BoldMoney);
        }
        sheet.Text(row, 5 + fields.Count, "", CellStyle.CenteredText);

        var gaps = new SheetWriter("Chưa báo cáo").Widths(6, 16, 44, 34, 14, 12, 14);
        heading.WriteTo(gaps, 7);
        ProvincialHeading.Headers(gaps, ["STT", "Mã dự án", "Tên dự án", "Doanh nghiệp", "Hạn nộp", "Số ngày quá hạn", "Đã báo lãnh đạo"]);
        row = ProvincialHeading.HeaderRow + 1;
        n = 1;
        foreach (var m in missing.Missing)
        {
            gaps.Text(row, 1, (n++).ToString(CultureInfo.InvariantCulture), CellStyle.CenteredText);
            gaps.Text(row, 2, m.ProjectCode, CellStyle.CenteredText);
            gaps.Text(row, 3, m.ProjectName);
            gaps.Text(row, 4, m.EnterpriseName);
            gaps.Text(row, 5, m.DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), CellStyle.CenteredText);
            gaps.Number(row, 6, m.DaysOverdue, CellStyle.Count);
            gaps.Text(row, 7, m.Escalated ? "Có" : "Chưa", CellStyle.CenteredText);
            row++;
        }
        return WorkbookWriter.Save([sheet, gaps]);
    }

    private static decimal Scaled(ReportFormFieldDto field, decimal value) =>
        field.Key == EnterpriseReportForms.TaxesPaidVnd ? Math.Round(value / 1_000_000m, 3) : value;
}
