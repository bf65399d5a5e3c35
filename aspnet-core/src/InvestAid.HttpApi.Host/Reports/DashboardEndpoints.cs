using InvestAid.Hosting;
using InvestAid.Identity;

namespace InvestAid.Reports;

public sealed class DashboardEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/dashboard", GetDashboard).WithTags("Reports")
            .RequireAuthorization(Permissions.Reports.Default).Produces<DashboardDto>().ProducesValidationProblem();

    /// <summary>KPI tiles and chart series of the year; every series point carries the project-list filter it stands for.</summary>
    public static async Task<IResult> GetDashboard([AsParameters] DashboardQuery query, DashboardService service, CancellationToken ct) =>
        Results.Ok(await service.GetAsync(query, ct));
}
