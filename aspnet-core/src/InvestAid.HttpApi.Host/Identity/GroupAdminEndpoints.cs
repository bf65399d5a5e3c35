using InvestAid.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Identity;

/// <summary>
/// Administrators manage groups (every role is one; further groups with chosen members) and the mapping of the user and
/// group ids models name to our users and groups. Edits and deletions name the version they saw in <c>If-Match</c>.
/// </summary>
public sealed class GroupAdminEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/admin/groups").WithTags("Administration").RequireAuthorization(Permissions.Administration.Default);
        g.MapGet("", ListGroups).Produces<IReadOnlyList<UserGroupDto>>();
        g.MapPost("", CreateGroup).Produces<UserGroupDto>(201).ProducesValidationProblem();
        g.MapPut("/{id:guid}", UpdateGroup).Produces<UserGroupDto>().ProducesValidationProblem()
            .ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);
        g.MapDelete("/{id:guid}", DeleteGroup).Produces(204).ProducesValidationProblem()
            .ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);

        var m = app.MapGroup("/api/v1/admin/identity-mappings").WithTags("Administration").RequireAuthorization(Permissions.Administration.Default);
        m.MapGet("", ListIdentityMappings).Produces<IReadOnlyList<IdentityMappingDto>>();
        m.MapPost("", CreateIdentityMapping).Produces<IdentityMappingDto>(201).ProducesValidationProblem();
        m.MapPut("/{id:guid}", UpdateIdentityMapping).Produces<IdentityMappingDto>()
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);
        m.MapDelete("/{id:guid}", DeleteIdentityMapping).Produces(204)
            .ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);
    }

    public static async Task<IResult> ListGroups(GroupAdminService service, CancellationToken ct) => Results.Ok(await service.ListAsync(ct));

    public static async Task<IResult> CreateGroup([FromBody] UserGroupInput input, GroupAdminService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.CreateAsync(input, ct);
        http.SetETag(dto.Version);
        return Results.Created($"/api/v1/admin/groups/{dto.Id}", dto);
    }

    /// <summary>Renames the group and (not for a role's group) replaces its members; the code stays. Send the version in <c>If-Match</c>.</summary>
    public static async Task<IResult> UpdateGroup(Guid id, [FromBody] UserGroupInput input, GroupAdminService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.UpdateAsync(id, input, http.Request.IfMatch(), ct);
        http.SetETag(dto.Version);
        return Results.Ok(dto);
    }

    public static async Task<IResult> DeleteGroup(Guid id, GroupAdminService service, HttpContext http, CancellationToken ct)
    {
        await service.DeleteAsync(id, http.Request.IfMatch(), ct);
        return Results.NoContent();
    }

    public static async Task<IResult> ListIdentityMappings(IdentityMappingService service, CancellationToken ct) => Results.Ok(await service.ListAsync(ct));

    public static async Task<IResult> CreateIdentityMapping([FromBody] IdentityMappingInput input, IdentityMappingService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.CreateAsync(input, ct);
        http.SetETag(dto.Version);
        return Results.Created($"/api/v1/admin/identity-mappings/{dto.Id}", dto);
    }

    /// <summary>Points the mapping at another user or group. Send the version in <c>If-Match</c>.</summary>
    public static async Task<IResult> UpdateIdentityMapping(
        Guid id, [FromBody] IdentityMappingInput input, IdentityMappingService service, HttpContext http, CancellationToken ct)
    {
        var dto = await service.UpdateAsync(id, input, http.Request.IfMatch(), ct);
        http.SetETag(dto.Version);
        return Results.Ok(dto);
    }

    public static async Task<IResult> DeleteIdentityMapping(Guid id, IdentityMappingService service, HttpContext http, CancellationToken ct)
    {
        await service.DeleteAsync(id, http.Request.IfMatch(), ct);
        return Results.NoContent();
    }
}
