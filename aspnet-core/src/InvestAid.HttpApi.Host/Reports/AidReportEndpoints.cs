using InvestAid.Hosting;
using InvestAid.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Reports;

/// <summary>The yearly ODA / concessional-loan and NGO aid reports, as JSON or in the provincial Excel layout.</summary>
public sealed class AidReportEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/reports").WithTags("Reports");
        g.MapGet("/oda", GetOdaReport).RequireAuthorization(Permissions.Reports.Default)
            .Produces<OdaReportDto>().ProducesValidationProblem();
        g.MapGet("/oda/xlsx", ExportOdaReport).RequireAuthorization(Permissions.Reports.Default)
            .Produces<byte[]>(200, HttpResultsExtensions.XlsxContentType).ProducesValidationProblem();
        g.MapGet("/ngo", GetNgoReport).RequireAuthorization(Permissions.Reports.Default)
            .Produces<NgoReportDto>().ProducesValidationProblem();
        g.MapGet("/ngo/xlsx", ExportNgoReport).RequireAuthorization(Permissions.Reports.Default)
            .Produces<byte[]>(200, HttpResultsExtensions.XlsxContentType).ProducesValidationProblem();
    }

    private static string FileSuffix(DateOnly from, DateOnly to) =>
        from.Month == 1 && from.Day == 1 && to.Month == 12 && to.Day == 31 ? from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"{from:yyyyMMdd}-{to:yyyyMMdd}";

    /// <summary>Plan (in force on 31 December) vs disbursed in the year, by project, donor and source, in VND and USD.</summary>
    public static async Task<IResult> GetOdaReport([AsParameters] AidReportQuery query, AidReportService service, CancellationToken ct) =>
        Results.Ok(await service.OdaAsync(query, ct));

    /// <summary>The ODA report in the provincial Excel layout.</summary>
    public static async Task<IResult> ExportOdaReport([AsParameters] AidReportQuery query, AidReportService service, AidExcelReport excel, CancellationToken ct)
    {
        var report = await service.OdaAsync(query, ct);
        return Results.File(await excel.WriteAsync(report, ct), HttpResultsExtensions.XlsxContentType, $"bao-cao-oda-{FileSuffix(report.From, report.To)}.xlsx");
    }

    /// <summary>Commitments (approved in the year, in force) and receipts of the year by donor, field and programme.</summary>
    public static async Task<IResult> GetNgoReport([AsParameters] AidReportQuery query, AidReportService service, CancellationToken ct) =>
        Results.Ok(await service.NgoAsync(query, ct));

    /// <summary>The NGO aid report in the provincial Excel layout.</summary>
    public static async Task<IResult> ExportNgoReport([AsParameters] AidReportQuery query, AidReportService service, AidExcelReport excel, CancellationToken ct)
    {
        var report = await service.NgoAsync(query, ct);
        return Results.File(await excel.WriteAsync(report, ct), HttpResultsExtensions.XlsxContentType, $"bao-cao-vien-tro-pcp-{FileSuffix(report.From, report.To)}.xlsx");
    }
}
