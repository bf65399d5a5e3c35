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
        g.MapGet("/oda", GetOdaReport).WithName(nameof(GetOdaReport)).RequireAuthorization(Permissions.Reports.Default)
            .Produces<OdaReportDto>().Produces(200, contentType: HttpResultsExtensions.XlsxContentType).ProducesValidationProblem();
        g.MapGet("/ngo", GetNgoReport).WithName(nameof(GetNgoReport)).RequireAuthorization(Permissions.Reports.Default)
            .Produces<NgoReportDto>().Produces(200, contentType: HttpResultsExtensions.XlsxContentType).ProducesValidationProblem();
    }

    private static string FileSuffix(DateOnly from, DateOnly to) =>
        from.Month == 1 && from.Day == 1 && to.Month == 12 && to.Day == 31 ? from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"{from:yyyyMMdd}-{to:yyyyMMdd}";

    /// <summary>Plan (in force on 31 December) vs disbursed in the year, by project, donor and source, in VND and USD. <c>format=xlsx</c> downloads it.</summary>
    public static async Task<IResult> GetOdaReport([AsParameters] AidReportQuery query, [FromQuery] string? format, HttpRequest request,
        AidReportService service, AidExcelReport excel, CancellationToken ct)
    {
        var report = await service.OdaAsync(query, ct);
        return request.WantsXlsx(format)
            ? Results.File(await excel.WriteAsync(report, ct), HttpResultsExtensions.XlsxContentType, $"bao-cao-oda-{FileSuffix(report.From, report.To)}.xlsx")
            : Results.Ok(report);
    }

    /// <summary>Commitments (approved in the year, in force) and receipts of the year by donor, field and programme. <c>format=xlsx</c> downloads it.</summary>
    public static async Task<IResult> GetNgoReport([AsParameters] AidReportQuery query, [FromQuery] string? format, HttpRequest request,
        AidReportService service, AidExcelReport excel, CancellationToken ct)
    {
        var report = await service.NgoAsync(query, ct);
        return request.WantsXlsx(format)
            ? Results.File(await excel.WriteAsync(report, ct), HttpResultsExtensions.XlsxContentType, $"bao-cao-vien-tro-pcp-{FileSuffix(report.From, report.To)}.xlsx")
            : Results.Ok(report);
    }
}
