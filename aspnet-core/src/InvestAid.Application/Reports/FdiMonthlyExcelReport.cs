using System.Globalization;
using InvestAid.Common;
using InvestAid.Reports.Excel;

namespace InvestAid.Reports;

/// <summary>
/// The monthly FDI summary in the layout of a provincial report: the heading with the people's committee and the
/// planning department IN FORCE ON THE CUT-OFF DAY (Sở KH&amp;ĐT before 1 March 2025, Sở Tài chính after), the
/// national motto, the place-and-date line, the title with the period, the unit (triệu USD), the indicator table
/// (this period, same period last year, change %) and one sheet per breakdown.
/// </summary>
public sealed class FdiMonthlyExcelReport(IFdiReportQueries queries, TimeProvider clock)
{
    public const string SummarySheet = "Tổng hợp";
    private const decimal Million = 1_000_000m;

    public async Task<byte[]> WriteAsync(FdiMonthlyReportDto report, CancellationToken ct = default)
    {
        var signedOn = report.Published is { } p
            ? VietnamTime.DateOf(p.PublishedAt)
            : VietnamTime.Today(clock);
        var heading = await ProvincialHeading.ForAsync(queries, report.Cutoff, signedOn,
            $"BÁO CÁO TÌNH HÌNH THU HÚT ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI (FDI) 01/01 – {report.Cutoff.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
            $"(Kỳ này: {Day(report.PeriodFrom)} – {Day(report.Cutoff)}; cùng kỳ năm trước: {Day(report.PreviousPeriodFrom)} – {Day(report.PreviousCutoff)})",
            "Đơn vị: triệu USD", ct);
        var figures = report.Figures;
        return WorkbookWriter.Save(
        [
            Summary(heading, figures, report.Published),
            Breakdown("Theo đối tác", "Đối tác (quốc tịch nhà đầu tư thứ nhất)", heading, figures.Breakdowns.ByCountry),
            Breakdown("Theo ngành VSIC", "Ngành kinh tế (VSIC 2018, cấp 1)", heading, figures.Breakdowns.BySection),
            Breakdown("Theo xã, phường", "Xã, phường", heading, figures.Breakdowns.ByCommune),
            Breakdown("Theo KCN", "Khu công nghiệp", heading, figures.Breakdowns.ByIndustrialZone),
        ]);
    }

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private sealed record Indicator(string Number, string Label, string Unit, Func<FdiFigures, decimal> Value, bool IsMoney, bool IsTotal = false, string? ChangeKey = null);

    private static readonly Indicator[] Indicators =
    [
        new("1", "Dự án cấp mới", "dự án", f => f.NewProjects, false, ChangeKey: "newProjects"),
        new("", "Vốn đăng ký cấp mới", "triệu USD", f => f.NewCapitalUsd, true, ChangeKey: "newCapitalUsd"),
        new("2", "Dự án điều chỉnh", "dự án", f => f.AdjustedProjects, false, ChangeKey: "adjustedProjects"),
        new("2.1", "Trong đó: lượt điều chỉnh tăng vốn", "lượt", f => f.IncreaseCount, false, ChangeKey: "increaseCount"),
        new("", "Vốn đăng ký tăng thêm", "triệu USD", f => f.IncreaseCapitalUsd, true, ChangeKey: "increaseCapitalUsd"),
        new("2.2", "Trong đó: lượt điều chỉnh giảm vốn", "lượt", f => f.DecreaseCount, false, ChangeKey: "decreaseCount"),
        new("", "Vốn đăng ký giảm", "triệu USD", f => f.DecreaseCapitalUsd, true, ChangeKey: "decreaseCapitalUsd"),
        new("3", "Góp vốn, mua cổ phần, mua phần vốn góp", "lượt", f => f.ContributionCount, false, ChangeKey: "contributionCount"),
        new("", "Giá trị góp vốn, mua cổ phần", "triệu USD", f => f.ContributionValueUsd, true, ChangeKey: "contributionValueUsd"),
        new("4", "Dự án chấm dứt hoạt động", "dự án", f => f.TerminatedProjects, false, ChangeKey: "terminatedProjects"),
        new("", "Vốn đăng ký của dự án chấm dứt", "triệu USD", f => f.TerminatedCapitalUsd, true, ChangeKey: "terminatedCapitalUsd"),
        new("5", "Tổng vốn đăng ký cấp mới và tăng thêm", "triệu USD", f => f.TotalNewAndAddedUsd, true, true, "totalNewAndAddedUsd"),
        new("6", "Tổng vốn đăng ký cấp mới, tăng thêm và góp vốn, mua cổ phần", "triệu USD", f => f.TotalWithContributionsUsd, true, true, "totalWithContributionsUsd"),
        new("8", "Lũy kế dự án còn hiệu lực đến ngày chốt số liệu", "dự án", f => f.ValidProjects, false, true, "validProjects"),
        new("", "Tổng vốn đăng ký lũy kế", "triệu USD", f => f.ValidCapitalUsd, true, true, "validCapitalUsd"),
    ];

    private static SheetWriter Summary(ProvincialHeading heading, FdiMonthlyFigures figures, FdiPublicationDto? published)
    {
        var sheet = new SheetWriter(SummarySheet).Widths(7, 58, 12, 16, 18, 14);
        heading.WriteTo(sheet, 6);
        string[] headers = ["STT", "Chỉ tiêu", "Đơn vị", "Kỳ này", "Cùng kỳ năm trước", "So sánh (%)"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Text(8, c + 1, headers[c], CellStyle.Header);
        }
        var row = 9;
        foreach (var i in Indicators)
        {
            if (i.Number == "8")
            {
                // Implemented capital comes before the cumulative figures, as in the provincial form.
                sheet.Text(row, 1, "7", CellStyle.CenteredText);
                sheet.Text(row, 2, figures.Implemented.IsEstimate ? "Vốn thực hiện (ước tính)" : "Vốn thực hiện", CellStyle.Text);
                sheet.Text(row, 3, "triệu USD", CellStyle.CenteredText);
                sheet.Number(row, 4, figures.Implemented.ValueUsd / Million);
                sheet.Number(row, 5, figures.PreviousImplemented is { } before ? before.ValueUsd / Million : null);
                sheet.Number(row, 6, figures.ChangePercent.GetValueOrDefault(FdiMonthlyReportService.ImplementedChangeKey));
                row++;
            }
            var textStyle = i.IsTotal ? CellStyle.BoldText : CellStyle.Text;
            var numberStyle = i.IsMoney ? (i.IsTotal ? CellStyle.BoldMoney : CellStyle.Money) : (i.IsTotal ? CellStyle.BoldCount : CellStyle.Count);
            sheet.Text(row, 1, i.Number, CellStyle.CenteredText);
            sheet.Text(row, 2, i.Label, textStyle);
            sheet.Text(row, 3, i.Unit, CellStyle.CenteredText);
            sheet.Number(row, 4, i.IsMoney ? i.Value(figures.Current) / Million : i.Value(figures.Current), numberStyle);
            sheet.Number(row, 5, i.IsMoney ? i.Value(figures.Previous) / Million : i.Value(figures.Previous), numberStyle);
            sheet.Number(row, 6, i.ChangeKey is { } key ? figures.ChangePercent.GetValueOrDefault(key) : null, CellStyle.Money);
            row++;
        }
        row++;
        if (figures.Implemented.Note is { } implementedNote)
        {
            sheet.Text(row++, 2, "Vốn thực hiện: " + implementedNote, CellStyle.Default);
        }
        sheet.Text(row++, 2, "Ghi chú: đối tác của dự án có nhiều nhà đầu tư là quốc tịch của nhà đầu tư thứ nhất; số liệu theo ngày hiệu lực của giấy chứng nhận.", CellStyle.Default);
        if (published is not null)
        {
            sheet.Text(row, 2, $"Số liệu đã công bố, lần {published.Revision} ({published.PublishedBy}).", CellStyle.Default);
        }
        return sheet;
    }

    private static SheetWriter Breakdown(string name, string groupLabel, ProvincialHeading heading, IReadOnlyList<FdiBreakdownRow> rows)
    {
        var sheet = new SheetWriter(name).Widths(7, 12, 40, 12, 16, 12, 16, 12, 16, 18, 14, 18);
        heading.WriteTo(sheet, 12);
        string[] headers =
        [
            "STT", "Mã", groupLabel, "Dự án cấp mới", "Vốn cấp mới", "Lượt tăng vốn", "Vốn tăng thêm",
            "Lượt góp vốn, mua CP", "Giá trị góp vốn, mua CP", "Tổng vốn đăng ký và góp vốn", "Lũy kế dự án còn hiệu lực", "Lũy kế vốn đăng ký",
        ];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Text(8, c + 1, headers[c], CellStyle.Header);
        }
        var row = 9;
        var n = 1;
        foreach (var r in rows)
        {
            WriteFigures(sheet, row++, (n++).ToString(CultureInfo.InvariantCulture), r.Code ?? "", r.NameVi ?? (r.Code is null ? "Chưa xác định" : r.Code), r.Figures, false);
        }
        var total = new FdiFigures
        {
            NewProjects = rows.Sum(r => r.Figures.NewProjects),
            NewCapitalUsd = rows.Sum(r => r.Figures.NewCapitalUsd),
            IncreaseCount = rows.Sum(r => r.Figures.IncreaseCount),
            IncreaseCapitalUsd = rows.Sum(r => r.Figures.IncreaseCapitalUsd),
            ContributionCount = rows.Sum(r => r.Figures.ContributionCount),
            ContributionValueUsd = rows.Sum(r => r.Figures.ContributionValueUsd),
            TotalWithContributionsUsd = rows.Sum(r => r.Figures.TotalWithContributionsUsd),
            ValidProjects = rows.Sum(r => r.Figures.ValidProjects),
            ValidCapitalUsd = rows.Sum(r => r.Figures.ValidCapitalUsd),
        };
        WriteFigures(sheet, row, "", "", "Tổng cộng", total, true);
        return sheet;
    }

    private static void WriteFigures(SheetWriter sheet, int row, string number, string code, string name, FdiFigures f, bool bold)
    {
        var count = bold ? CellStyle.BoldCount : CellStyle.Count;
        var money = bold ? CellStyle.BoldMoney : CellStyle.Money;
        sheet.Text(row, 1, number, CellStyle.CenteredText);
        sheet.Text(row, 2, code, CellStyle.CenteredText);
        sheet.Text(row, 3, name, bold ? CellStyle.BoldText : CellStyle.Text);
        sheet.Number(row, 4, f.NewProjects, count);
        sheet.Number(row, 5, f.NewCapitalUsd / Million, money);
        sheet.Number(row, 6, f.IncreaseCount, count);
        sheet.Number(row, 7, f.IncreaseCapitalUsd / Million, money);
        sheet.Number(row, 8, f.ContributionCount, count);
        sheet.Number(row, 9, f.ContributionValueUsd / Million, money);
        sheet.Number(row, 10, f.TotalWithContributionsUsd / Million, money);
        sheet.Number(row, 11, f.ValidProjects, count);
        sheet.Number(row, 12, f.ValidCapitalUsd / Million, money);
    }
}
