using System.Globalization;
using InvestAid.ReferenceData.Catalog;

namespace InvestAid.Reports.Excel;

/// <summary>
/// The heading of a provincial report: the people's committee and the planning department IN FORCE ON
/// <c>agencyDay</c> (Sở KH&amp;ĐT before 1 March 2025, Sở Tài chính after), the national motto, the place-and-date
/// line, the title, the period and the unit row (row 7); the table starts on row 8.
/// </summary>
internal sealed record ProvincialHeading(string Committee, string Agency, string DateLine, string Title, string Period, string Unit)
{
    public const int HeaderRow = 8;
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static async Task<ProvincialHeading> ForAsync(IFdiReportQueries queries, DateOnly agencyDay, DateOnly signedOn, string title, string period,
        string unit, CancellationToken ct)
    {
        var agency = await queries.AgencyInForceAsync(ReferenceCatalog.PlanningDepartmentCategory, agencyDay, ct);
        var province = await queries.AdministrativeUnitNameAsync(ReferenceCatalog.ProvinceCode, ct) ?? "Tỉnh";
        var place = province.StartsWith("Tỉnh ", StringComparison.Ordinal) ? province[5..] : province;
        return new ProvincialHeading(
            $"ỦY BAN NHÂN DÂN {province.ToUpper(Vi)}",
            (agency?.NameVi ?? "").ToUpper(Vi),
            $"{place}, ngày {signedOn:dd} tháng {signedOn:MM} năm {signedOn:yyyy}",
            title, period, unit);
    }

    public void WriteTo(SheetWriter sheet, int lastColumn)
    {
        sheet.Merge(1, 1, 2, Committee, CellStyle.BoldCentered);
        sheet.Merge(1, lastColumn - 2, lastColumn, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", CellStyle.BoldCentered);
        sheet.Merge(2, 1, 2, Agency, CellStyle.BoldCentered);
        sheet.Merge(2, lastColumn - 2, lastColumn, "Độc lập - Tự do - Hạnh phúc", CellStyle.BoldCentered);
        sheet.Merge(3, lastColumn - 2, lastColumn, DateLine, CellStyle.ItalicCentered);
        sheet.Merge(5, 1, lastColumn, Title, CellStyle.Title);
        sheet.Merge(6, 1, lastColumn, Period, CellStyle.ItalicCentered);
        sheet.Merge(7, lastColumn - 1, lastColumn, Unit, CellStyle.ItalicRight);
    }

    public static void Headers(SheetWriter sheet, IReadOnlyList<string> headers)
    {
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Text(HeaderRow, c + 1, headers[c], CellStyle.Header);
        }
    }
}
