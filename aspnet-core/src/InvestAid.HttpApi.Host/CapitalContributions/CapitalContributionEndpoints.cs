using InvestAid.Common;
using InvestAid.Hosting;
using InvestAid.Identity;

namespace InvestAid.CapitalContributions;

/// <summary>Notices of capital contribution and share purchase by foreign investors.</summary>
public sealed class CapitalContributionEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/capital-contributions").WithTags("CapitalContributions");
        g.MapGet("", ListCapitalContributions).RequireAuthorization(Permissions.Reports.Default)
            .Produces<PagedResult<CapitalContributionDto>>();
        g.MapGet("/xlsx", ExportCapitalContributions).RequireAuthorization(Permissions.Reports.Default)
            .Produces<byte[]>(200, HttpResultsExtensions.XlsxContentType);
        g.MapGet("/{id:guid}", GetCapitalContribution).RequireAuthorization(Permissions.Reports.Default)
            .Produces<CapitalContributionDto>().ProducesProblem(404);
        g.MapPost("", CreateCapitalContribution).RequireAuthorization(Permissions.Projects.Create)
            .Produces<CapitalContributionDto>(201).ProducesValidationProblem();
        g.MapPut("/{id:guid}", UpdateCapitalContribution).RequireAuthorization(Permissions.Projects.Create)
            .Produces<CapitalContributionDto>().ProducesValidationProblem().ProducesProblem(412);
    }

    /// <summary>Filtered, searched, paged list.</summary>
    public static async Task<IResult> ListCapitalContributions([AsParameters] CapitalContributionQuery query, CapitalContributionAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListAsync(query, ct));

    /// <summary>The whole filtered list (no paging) as an Excel file.</summary>
    public static async Task<IResult> ExportCapitalContributions([AsParameters] CapitalContributionQuery query, CapitalContributionAppService service, CancellationToken ct) =>
        Results.File(await service.ExportAsync(query, ct), HttpResultsExtensions.XlsxContentType, $"gop-von-mua-co-phan-{DateTime.UtcNow:yyyyMMdd}.xlsx");

    public static async Task<IResult> GetCapitalContribution(Guid id, CapitalContributionAppService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.GetAsync(id, ct);
        http.SetETag(dto.Version);
        return Results.Ok(dto);
    }

    public static async Task<IResult> CreateCapitalContribution(CapitalContributionInput input, CapitalContributionAppService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.CreateAsync(input, ct);
        http.SetETag(dto.Version);
        return Results.Created($"/api/v1/capital-contributions/{dto.Id}", dto);
    }

    public static async Task<IResult> UpdateCapitalContribution(Guid id, CapitalContributionInput input, CapitalContributionAppService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.UpdateAsync(id, input, http.Request.IfMatch(), ct);
        http.SetETag(dto.Version);
        return Results.Ok(dto);
    }
}
