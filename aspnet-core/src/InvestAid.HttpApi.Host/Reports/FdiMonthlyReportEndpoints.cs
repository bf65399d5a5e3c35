using InvestAid.Hosting;
using InvestAid.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Reports;

/// <summary>The monthly FDI capital summary: live or published figures, Excel, publication and its revisions.</summary>
public sealed class FdiMonthlyReportEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/reports/fdi-monthly").WithTags("Reports");
        g.MapGet("", GetFdiMonthlyReport).RequireAuthorization(Permissions.Reports.Default)
            .Produces<FdiMonthlyReportDto>().ProducesValidationProblem();
        g.MapGet("/xlsx", ExportFdiMonthlyReport).RequireAuthorization(Permissions.Reports.Default)
            .Produces<byte[]>(200, HttpResultsExtensions.XlsxContentType).ProducesValidationProblem();
        g.MapPost("/{year:int}/{month:int}/publish", PublishFdiMonthlyReport)
            .RequireAuthorization(Permissions.Reports.Publish).Produces<FdiPublicationDto>(201).ProducesValidationProblem();
        g.MapGet("/{year:int}/{month:int}/revisions", ListFdiMonthlyRevisions)
            .RequireAuthorization(Permissions.Reports.Province).Produces<IReadOnlyList<FdiPublicationDto>>().ProducesValidationProblem();
    }

    /// <summary>
    /// Figures from 1 January to the cut-off day (default: the month's last day), the same period a year earlier and
    /// the breakdowns. A published month answers its frozen figures and, if the ledger changed since, <c>pendingRevision</c>.
    /// </summary>
    public static async Task<IResult> GetFdiMonthlyReport([AsParameters] FdiMonthlyQuery query, FdiMonthlyReportService service, CancellationToken ct) =>
        Results.Ok(await service.GetAsync(query, ct));

    /// <summary>The same figures in the provincial report layout, as an Excel file.</summary>
    public static async Task<IResult> ExportFdiMonthlyReport([AsParameters] FdiMonthlyQuery query, FdiMonthlyReportService service, FdiMonthlyExcelReport excel,
        CancellationToken ct)
    {
        var report = await service.GetAsync(query, ct);
        return Results.File(await excel.WriteAsync(report, ct), HttpResultsExtensions.XlsxContentType, $"bao-cao-fdi-{report.Cutoff:yyyy-MM-dd}.xlsx");
    }

    /// <summary>Freezes the month's figures as its next revision (the first publication is revision 1).</summary>
    public static async Task<IResult> PublishFdiMonthlyReport(int year, int month, [FromQuery] int? cutoffDay, FdiMonthlyReportService service, CancellationToken ct)
    {
        var published = await service.PublishAsync(year, month, cutoffDay, ct);
        return Results.Created($"/api/v1/reports/fdi-monthly?year={year}&month={month}&cutoffDay={published.Cutoff.Day}", published);
    }

    public static async Task<IResult> ListFdiMonthlyRevisions(int year, int month, FdiMonthlyReportService service, CancellationToken ct) =>
        Results.Ok(await service.RevisionsAsync(year, month, ct));
}
