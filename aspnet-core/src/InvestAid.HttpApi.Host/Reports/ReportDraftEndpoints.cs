using InvestAid.Common;
using InvestAid.Hosting;
using InvestAid.Identity;
using InvestAid.ReferenceData.Catalog;
using InvestAid.Reports.Drafts;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Reports;

/// <summary>The periodic report that writes itself: the FDI, ODA and NGO paragraphs as JSON (with links to the rows) or as .docx.</summary>
public sealed class ReportDraftEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/reports").WithTags("Reports");
        g.MapGet("/draft", GetReportDraft).WithName(nameof(GetReportDraft)).RequireAuthorization(Permissions.Reports.Province)
            .Produces<ReportDraftDto>().Produces(200, contentType: ReportDraftDocument.ContentType).ProducesValidationProblem();
        g.MapGet("/draft/template", GetReportDraftTemplate).WithName(nameof(GetReportDraftTemplate)).RequireAuthorization(Permissions.Reports.Province)
            .Produces(200, contentType: ReportDraftDocument.ContentType);
    }

    /// <summary>
    /// The draft of a year (or <c>from</c>–<c>to</c>): JSON, or <c>format=docx</c> with <c>lang=vi|en</c> (Vietnamese by default), built from
    /// the template at Reports:DraftTemplatePath when set, the shipped one otherwise.
    /// </summary>
    public static async Task<IResult> GetReportDraft([AsParameters] AidReportQuery query, [FromQuery] string? format, [FromQuery] string? lang,
        ReportDraftService service, IFdiReportQueries names, IConfiguration configuration, TimeProvider clock, CancellationToken ct)
    {
        var draft = await service.DraftAsync(query, ct);
        if (!string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Ok(draft);
        }
        var english = string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase);
        var agency = await names.AgencyInForceAsync(ReferenceCatalog.PlanningDepartmentCategory, draft.To, ct);
        var province = await names.AdministrativeUnitNameAsync(ReferenceCatalog.ProvinceCode, ct) ?? "Tỉnh";
        var today = VietnamTime.Today(clock);
        var place = province.StartsWith("Tỉnh ", StringComparison.Ordinal) ? province[5..] : province;
        var values = ReportDraftDocument.Values(draft, english,
            english ? $"{place} Province People's Committee" : $"ỦY BAN NHÂN DÂN {province.ToUpperInvariant()}",
            english ? agency?.NameEn ?? "" : (agency?.NameVi ?? "").ToUpperInvariant(),
            english ? $"{place}, {today:dd/MM/yyyy}" : $"{place}, ngày {today:dd} tháng {today:MM} năm {today:yyyy}");
        var bytes = ReportDraftDocument.Write(await TemplateAsync(configuration, ct), values);
        var suffix = draft.From.DayOfYear == 1 && draft.To == new DateOnly(draft.To.Year, 12, 31) ? $"{draft.To.Year}" : $"{draft.From:yyyyMMdd}-{draft.To:yyyyMMdd}";
        return Results.File(bytes, ReportDraftDocument.ContentType, $"bao-cao-dinh-ky-{suffix}-{(english ? "en" : "vi")}.docx");
    }

    /// <summary>The template in use, to edit in Word and put back at Reports:DraftTemplatePath.</summary>
    public static async Task<IResult> GetReportDraftTemplate(IConfiguration configuration, CancellationToken ct) =>
        Results.File(await TemplateAsync(configuration, ct), ReportDraftDocument.ContentType, "mau-bao-cao-dinh-ky.docx");

    private static async Task<byte[]> TemplateAsync(IConfiguration configuration, CancellationToken ct) =>
        configuration["Reports:DraftTemplatePath"] is { Length: > 0 } path && File.Exists(path)
            ? await File.ReadAllBytesAsync(path, ct)
            : ReportDraftDocument.DefaultTemplate();
}
