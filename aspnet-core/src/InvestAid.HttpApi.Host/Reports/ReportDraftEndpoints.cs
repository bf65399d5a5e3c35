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
        g.MapGet("/draft", GetReportDraft).RequireAuthorization(Permissions.Reports.Province)
            .Produces<ReportDraftDto>().ProducesValidationProblem();
        g.MapGet("/draft/docx", ExportReportDraft).RequireAuthorization(Permissions.Reports.Province)
            .Produces<byte[]>(200, ReportDraftDocument.ContentType).ProducesValidationProblem();
        g.MapGet("/draft/template", GetReportDraftTemplate).RequireAuthorization(Permissions.Reports.Province)
            .Produces(200, contentType: ReportDraftDocument.ContentType);
        g.MapPut("/draft/template", ReplaceReportDraftTemplate).RequireAuthorization(Permissions.Reports.Publish)
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").Produces<ReportTemplateVersionDto>()
            .ProducesValidationProblem().ProducesProblem(412).ProducesProblem(428);
        g.MapGet("/draft/template/versions", ListReportDraftTemplateVersions)
            .RequireAuthorization(Permissions.Reports.Province).Produces<IReadOnlyList<ReportTemplateVersionDto>>();
    }

    /// <summary>
    /// Replaces the draft template by an uploaded .docx (multipart field <c>file</c>): a new version, in use at once. If-Match names the
    /// template being replaced (its ETag from GET /draft/template or the versions list; "0" for the shipped one): 412 when stale, 428 when missing.
    /// </summary>
    public static async Task<IResult> ReplaceReportDraftTemplate(IFormFile? file, HttpContext http, ReportTemplateService service, CancellationToken ct)
    {
        byte[] content = [];
        if (file is not null && file.Length <= ReportConsts.MaxTemplateBytes)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        var version = await service.ReplaceAsync(file?.FileName, content, http.Request.IfMatch(), ct);
        http.Response.Headers.ETag = version.ETag;
        return Results.Ok(version);
    }

    /// <summary>Every stored version of the draft template, newest (in use) first; empty while the shipped template is in use.</summary>
    public static async Task<IResult> ListReportDraftTemplateVersions(ReportTemplateService service, CancellationToken ct) =>
        Results.Ok(await service.VersionsAsync(ct));

    /// <summary>
    /// The draft of a year (or <c>from</c>–<c>to</c>).
    /// </summary>
    public static async Task<IResult> GetReportDraft([AsParameters] AidReportQuery query, ReportDraftService service, CancellationToken ct) =>
        Results.Ok(await service.DraftAsync(query, ct));

    /// <summary>
    /// The draft as a Word document, <c>lang=vi|en</c> (Vietnamese by default), built from the template at Reports:DraftTemplatePath when
    /// set, the stored or shipped one otherwise.
    /// </summary>
    public static async Task<IResult> ExportReportDraft([AsParameters] AidReportQuery query, [FromQuery] string? lang,
        ReportDraftService service, ReportTemplateService templates, IFdiReportQueries names, IConfiguration configuration, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        var draft = await service.DraftAsync(query, ct);
        var english = string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase);
        var agency = await names.AgencyInForceAsync(ReferenceCatalog.PlanningDepartmentCategory, draft.To, ct);
        var province = await names.AdministrativeUnitNameAsync(ReferenceCatalog.ProvinceCode, ct) ?? "Tỉnh";
        var today = VietnamTime.Today(clock);
        var place = province.StartsWith("Tỉnh ", StringComparison.Ordinal) ? province[5..] : province;
        var values = ReportDraftDocument.Values(draft, english,
            english ? $"{place} Province People's Committee" : $"ỦY BAN NHÂN DÂN {province.ToUpperInvariant()}",
            english ? agency?.NameEn ?? "" : (agency?.NameVi ?? "").ToUpperInvariant(),
            english ? $"{place}, {today:dd/MM/yyyy}" : $"{place}, ngày {today:dd} tháng {today:MM} năm {today:yyyy}");
        // Figures link to their rows on the web page: under the configured public address (App:BaseUrl), else the one this request came to.
        var baseUrl = configuration["App:BaseUrl"] is { Length: > 0 } configured ? configured : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var bytes = ReportDraftDocument.Write((await TemplateAsync(templates, configuration, ct)).Content, values, english ? draft.En : draft.Vi, baseUrl);
        var suffix = draft.From.DayOfYear == 1 && draft.To == new DateOnly(draft.To.Year, 12, 31) ? $"{draft.To.Year}" : $"{draft.From:yyyyMMdd}-{draft.To:yyyyMMdd}";
        return Results.File(bytes, ReportDraftDocument.ContentType, $"bao-cao-dinh-ky-{suffix}-{(english ? "en" : "vi")}.docx");
    }

    /// <summary>The template in use, to edit in Word and upload again (PUT /draft/template); its ETag is what that upload names in If-Match.</summary>
    public static async Task<IResult> GetReportDraftTemplate(HttpContext http, ReportTemplateService templates, IConfiguration configuration, CancellationToken ct)
    {
        var (content, etag) = await TemplateAsync(templates, configuration, ct);
        http.Response.Headers.ETag = etag;
        return Results.File(content, ReportDraftDocument.ContentType, "mau-bao-cao-dinh-ky.docx");
    }

    /// <summary>The latest uploaded version; else the file at Reports:DraftTemplatePath; else the shipped template (ETag "0").</summary>
    private static async Task<(byte[] Content, string ETag)> TemplateAsync(ReportTemplateService templates, IConfiguration configuration, CancellationToken ct) =>
        await templates.CurrentAsync(ct) is { } stored ? stored
        : configuration["Reports:DraftTemplatePath"] is { Length: > 0 } path && File.Exists(path)
            ? (await File.ReadAllBytesAsync(path, ct), RecordVersion.ToETag(ReportTemplateService.ShippedVersion))
            : (ReportDraftDocument.DefaultTemplate(), RecordVersion.ToETag(ReportTemplateService.ShippedVersion));
}
