using InvestAid.Common;
using InvestAid.Hosting;
using InvestAid.Identity;

namespace InvestAid.ReferenceData;

/// <summary>The reference lists: everyone signed in reads them, administrators maintain them.</summary>
public sealed class ReferenceDataEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/reference").WithTags("ReferenceData");
        g.MapGet("/{kind}", ListReferenceItems).RequireAuthorization(Permissions.Account.Default)
            .Produces<PagedResult<ReferenceItemDto>>();
        g.MapPost("/{kind}", CreateReferenceItem).RequireAuthorization(Permissions.Administration.Default)
            .Produces<ReferenceItemDto>(201).ProducesValidationProblem();
        g.MapPut("/{kind}/{id:guid}", UpdateReferenceItem).RequireAuthorization(Permissions.Administration.Default)
            .Produces<ReferenceItemDto>().ProducesValidationProblem().ProducesProblem(412);
    }

    public static async Task<IResult> ListReferenceItems(ReferenceKind kind, [AsParameters] ReferenceQuery query, ReferenceDataAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListAsync(kind, query, ct));

    public static async Task<IResult> CreateReferenceItem(ReferenceKind kind, ReferenceItemInput input, ReferenceDataAppService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.CreateAsync(kind, input, ct);
        http.SetETag(dto.Version);
        return Results.Created($"/api/v1/reference/{kind}/{dto.Id}", dto);
    }

    public static async Task<IResult> UpdateReferenceItem(ReferenceKind kind, Guid id, ReferenceItemInput input, ReferenceDataAppService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.UpdateAsync(kind, id, input, http.Request.IfMatch(), ct);
        http.SetETag(dto.Version);
        return Results.Ok(dto);
    }
}
