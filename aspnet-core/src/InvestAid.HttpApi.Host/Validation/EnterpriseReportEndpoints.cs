using InvestAid.Common;
using InvestAid.EnterpriseReports;
using InvestAid.Hosting;
using InvestAid.Identity;

namespace InvestAid.Validation;

/// <summary>FDI enterprises' periodic reports filed online: forms, file, revise, accept, return, missing list, consolidated Excel.</summary>
public sealed class EnterpriseReportEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/enterprise-reports").WithTags("EnterpriseReports");
        g.MapGet("/forms", ListEnterpriseReportForms).RequireAuthorization(Permissions.EnterpriseReports.Default)
            .Produces<IReadOnlyList<ReportFormDto>>();
        g.MapGet("", ListEnterpriseReports).RequireAuthorization(Permissions.EnterpriseReports.Default)
            .Produces<PagedResult<EnterpriseReportDto>>();
        g.MapGet("/{id:guid}", GetEnterpriseReport).RequireAuthorization(Permissions.EnterpriseReports.Default)
            .Produces<EnterpriseReportDto>().ProducesProblem(404);
        g.MapPost("", FileEnterpriseReport).RequireAuthorization(Permissions.EnterpriseReports.File)
            .Produces<EnterpriseReportDto>(201).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/{id:guid}/revisions", ReviseEnterpriseReport).RequireAuthorization(Permissions.EnterpriseReports.File)
            .Produces<EnterpriseReportDto>(201).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/{id:guid}/accept", AcceptEnterpriseReport).RequireAuthorization(Permissions.EnterpriseReports.Decide)
            .Produces<EnterpriseReportDto>().ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/{id:guid}/return", ReturnEnterpriseReport).RequireAuthorization(Permissions.EnterpriseReports.Decide)
            .Produces<EnterpriseReportDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/missing", ListMissingEnterpriseReports).RequireAuthorization(Permissions.EnterpriseReports.Decide)
            .Produces<MissingEnterpriseReportsDto>().ProducesValidationProblem();
        g.MapGet("/consolidated/{year:int}/{quarter:int}", GetConsolidatedEnterpriseReport)
            .RequireAuthorization(Permissions.EnterpriseReports.Decide).Produces(200, contentType: HttpResultsExtensions.XlsxContentType).ProducesValidationProblem();
    }

    public static IResult ListEnterpriseReportForms() => Results.Ok(EnterpriseReportAppService.Forms());

    public static async Task<IResult> ListEnterpriseReports([AsParameters] EnterpriseReportQuery query, EnterpriseReportAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListAsync(query, ct));

    public static async Task<IResult> GetEnterpriseReport(Guid id, EnterpriseReportAppService service, CancellationToken ct) =>
        Results.Ok(await service.GetAsync(id, ct));

    public static async Task<IResult> FileEnterpriseReport(FileEnterpriseReportRequest request, EnterpriseReportAppService service, CancellationToken ct)
    {
        var dto = await service.FileAsync(request, ct);
        return Results.Created($"/api/v1/enterprise-reports/{dto.Id}", dto);
    }

    /// <summary>Corrects a filed report by a new revision of the same period (the earlier one is superseded).</summary>
    public static async Task<IResult> ReviseEnterpriseReport(Guid id, FileEnterpriseReportRequest request, EnterpriseReportAppService service, CancellationToken ct)
    {
        var dto = await service.FileRevisionAsync(id, request, ct);
        return Results.Created($"/api/v1/enterprise-reports/{dto.Id}", dto);
    }

    public static async Task<IResult> AcceptEnterpriseReport(Guid id, DecideEnterpriseReportRequest request, EnterpriseReportAppService service, CancellationToken ct) =>
        Results.Ok(await service.AcceptAsync(id, request, ct));

    public static async Task<IResult> ReturnEnterpriseReport(Guid id, DecideEnterpriseReportRequest request, EnterpriseReportAppService service, CancellationToken ct) =>
        Results.Ok(await service.ReturnAsync(id, request, ct));

    /// <summary>Enterprises that owe the period's report and have not filed it (quarterly by default), with days overdue and escalation.</summary>
    public static async Task<IResult> ListMissingEnterpriseReports(int year, int? quarter, ReportPeriodKind? kind, EnterpriseReportAppService service, CancellationToken ct) =>
        Results.Ok(await service.MissingAsync(kind ?? ReportPeriodKind.Quarterly, year, quarter, ct));

    public static async Task<IResult> GetConsolidatedEnterpriseReport(int year, int quarter, EnterpriseReportExcel excel, CancellationToken ct)
    {
        if (quarter is < 1 or > 4 || year is < 2000 or > 2100)
        {
            throw ValidationText.Invalid(quarter is < 1 or > 4 ? "quarter" : "year", "report.periodInvalid");
        }
        var bytes = await excel.WriteQuarterAsync(year, quarter, ct);
        return Results.File(bytes, HttpResultsExtensions.XlsxContentType, $"tong-hop-bao-cao-doanh-nghiep-fdi-q{quarter}-{year}.xlsx");
    }
}
