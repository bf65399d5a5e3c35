using InvestAid.Common;
using InvestAid.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Identity;

/// <summary>Administrators manage users: list and search, create, name/roles/agency/disable, reset password, owned projects.</summary>
public sealed class UserAdminEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/admin/users").WithTags("Administration").RequireAuthorization(Permissions.Administration.Default);
        g.MapGet("", ListUsers).Produces<PagedResult<UserAdminDto>>().ProducesValidationProblem();
        g.MapGet("/{id:guid}", GetUser).Produces<UserAdminDto>().ProducesProblem(404);
        g.MapPost("", CreateUser).ProducesValidationProblem().Produces<UserAdminDto>(201);
        g.MapPut("/{id:guid}", UpdateUser).ProducesValidationProblem().Produces<UserAdminDto>().ProducesProblem(404);
        g.MapPost("/{id:guid}/password", ResetUserPassword).ProducesValidationProblem()
            .Produces(204).ProducesProblem(404);
        g.MapPut("/{id:guid}/projects", LinkUserProjects).Produces<UserAdminDto>()
            .ProducesValidationProblem().ProducesProblem(404);
    }

    public static async Task<IResult> ListUsers([FromQuery] string? q, [FromQuery] int? page, [FromQuery] int? pageSize,
        UserAdminAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListAsync(q, page, pageSize, ct));

    public static async Task<IResult> GetUser(Guid id, UserAdminAppService service, CancellationToken ct) =>
        Results.Ok(await service.GetAsync(id, ct));

    public static async Task<IResult> CreateUser(UserCreateInput input, UserAdminAppService service, CancellationToken ct)
    {
        var dto = await service.CreateAsync(input, ct);
        return Results.Created($"/api/v1/admin/users/{dto.Id}", dto);
    }

    public static async Task<IResult> UpdateUser(Guid id, UserUpdateInput input, UserAdminAppService service, ICurrentUser me, CancellationToken ct) =>
        Results.Ok(await service.UpdateAsync(id, input, me.Id ?? Guid.Empty, ct));

    public static async Task<IResult> ResetUserPassword(Guid id, PasswordResetInput input, UserAdminAppService service)
    {
        await service.ResetPasswordAsync(id, input);
        return Results.NoContent();
    }

    public static async Task<IResult> LinkUserProjects(Guid id, UserProjectsInput input, UserAdminAppService service, CancellationToken ct) =>
        Results.Ok(await service.LinkProjectsAsync(id, input, ct));
}
