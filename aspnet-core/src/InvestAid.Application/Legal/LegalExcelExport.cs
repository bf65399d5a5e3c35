using System.Globalization;
using InvestAid.Reports.Excel;

namespace InvestAid.Legal;

/// <summary>The "Căn cứ pháp lý" list as a workbook: documents, then every procedure version and parameter citing them.</summary>
public sealed class LegalExcelExport(LegalDocumentService documents)
{
    public async Task<byte[]> WriteAsync(CancellationToken ct)
    {
        var list = await documents.ListAsync(ct);
        var docs = new SheetWriter("Văn bản").Widths(6, 22, 12, 50, 13, 13, 13, 22, 16, 10, 60);
        docs.Merge(1, 1, 11, "DANH MỤC CĂN CỨ PHÁP LÝ", CellStyle.Title);
        Header(docs, ["STT", "Số hiệu", "Loại", "Trích yếu", "Ban hành", "Hiệu lực từ", "Hết hiệu lực", "Thay thế bởi", "Mức xác nhận", "Chưa xác nhận", "Ghi chú"]);
        var row = 4;
        foreach (var (d, i) in list.Select((d, i) => (d, i)))
        {
            docs.Number(row, 1, i + 1, CellStyle.Count);
            docs.Text(row, 2, d.Number);
            docs.Text(row, 3, d.Kind);
            docs.Text(row, 4, d.TitleVi);
            docs.Text(row, 5, Day(d.IssuedOn));
            docs.Text(row, 6, Day(d.EffectiveFrom));
            docs.Text(row, 7, Day(d.EffectiveTo));
            docs.Text(row, 8, d.ReplacedBy);
            docs.Text(row, 9, Status(d.Status));
            docs.Number(row, 10, d.UnconfirmedCount, CellStyle.Count);
            docs.Text(row, 11, d.Note);
            row++;
        }

        var procedures = new SheetWriter("Quy trình").Widths(22, 26, 8, 50, 13, 13, 12, 70);
        Header(procedures, ["Văn bản", "Quy trình", "Phiên bản", "Tên", "Hiệu lực từ", "Đến", "Chưa xác nhận", "Căn cứ pháp lý"], 1);
        row = 2;
        foreach (var d in list)
        {
            foreach (var p in d.Procedures)
            {
                procedures.Text(row, 1, d.Number);
                procedures.Text(row, 2, p.Key);
                procedures.Number(row, 3, p.Version, CellStyle.Count);
                procedures.Text(row, 4, p.Name);
                procedures.Text(row, 5, Day(p.EffectiveFrom));
                procedures.Text(row, 6, Day(p.EffectiveTo));
                procedures.Text(row, 7, p.MentionsUnconfirmed ? "Có" : "");
                procedures.Text(row, 8, p.LegalBasis);
                row++;
            }
        }

        var parameters = new SheetWriter("Tham số").Widths(22, 28, 50, 10, 14, 13, 13, 8, 10, 16, 60);
        Header(parameters, ["Văn bản", "Tham số", "Tên", "Giá trị", "Đơn vị", "Hiệu lực từ", "Đến", "Điều", "Khoản", "Mức xác nhận", "Ghi chú"], 1);
        row = 2;
        foreach (var d in list)
        {
            foreach (var p in d.Parameters)
            {
                parameters.Text(row, 1, d.Number);
                parameters.Text(row, 2, p.Name);
                parameters.Text(row, 3, p.TitleVi);
                parameters.Text(row, 4, p.Value);
                parameters.Text(row, 5, Unit(p.Unit));
                parameters.Text(row, 6, Day(p.EffectiveFrom));
                parameters.Text(row, 7, Day(p.EffectiveTo));
                parameters.Text(row, 8, p.Citation.Article);
                parameters.Text(row, 9, p.Citation.Clause);
                parameters.Text(row, 10, Status(p.Status));
                parameters.Text(row, 11, p.Note);
                row++;
            }
        }
        return WorkbookWriter.Save([docs, procedures, parameters]);
    }

    private static void Header(SheetWriter sheet, string[] titles, int row = 3)
    {
        for (var c = 0; c < titles.Length; c++)
        {
            sheet.Text(row, c + 1, titles[c], CellStyle.Header);
        }
    }

    internal static string Status(LegalStatus s) => s switch
    {
        LegalStatus.Confirmed => "Đã xác nhận",
        LegalStatus.Secondary => "Nguồn thứ cấp",
        _ => "Chưa xác nhận",
    };

    internal static string Unit(LegalUnit u) => u switch
    {
        LegalUnit.CalendarDays => "ngày",
        LegalUnit.WorkingDays => "ngày làm việc",
        LegalUnit.Months => "tháng",
        LegalUnit.Usd => "USD",
        LegalUnit.Percent => "%",
        LegalUnit.DayOfYear => "ngày trong năm",
        _ => "",
    };

    private static string Day(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
}
