using InvestAid.Freezes;
using InvestAid.Hosting;
using InvestAid.Identity;

namespace InvestAid.Validation;

/// <summary>Frozen periods: data-freeze events (administrators), leaders' exceptions, and a check of a day.</summary>
public sealed class FreezeEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/freezes").WithTags("Freezes");
        g.MapGet("", ListFreezeEvents).RequireAuthorization(Permissions.Freezes.Default)
            .Produces<IReadOnlyList<FreezeEventDto>>();
        g.MapPost("", DeclareFreezeEvent).RequireAuthorization(Permissions.Freezes.Declare)
            .Produces<FreezeEventDto>(201).ProducesValidationProblem();
        g.MapGet("/check", CheckFrozenPeriod).RequireAuthorization(Permissions.Freezes.Default)
            .Produces<FrozenCheckDto>();
        g.MapGet("/exceptions", ListFreezeExceptions).RequireAuthorization(Permissions.Freezes.Default)
            .Produces<IReadOnlyList<FreezeExceptionDto>>();
        g.MapPost("/exceptions", GrantFreezeException).RequireAuthorization(Permissions.Freezes.GrantException)
            .Produces<FreezeExceptionDto>(201).ProducesValidationProblem().ProducesProblem(404);
    }

    public static async Task<IResult> ListFreezeEvents(FreezeAppService service, CancellationToken ct) => Results.Ok(await service.ListEventsAsync(ct));

    public static async Task<IResult> DeclareFreezeEvent(FreezeEventInput input, FreezeAppService service, CancellationToken ct)
    {
        var dto = await service.DeclareAsync(input, ct);
        return Results.Created($"/api/v1/freezes/{dto.Id}", dto);
    }

    /// <summary>Is <c>date</c> frozen for <c>coverage</c> (FdiLedger, AidFinance, All), and why.</summary>
    public static async Task<IResult> CheckFrozenPeriod(DateOnly date, FreezeCoverage? coverage, FreezeAppService service, CancellationToken ct) =>
        Results.Ok(await service.CheckAsync(date, coverage ?? FreezeCoverage.FdiLedger, ct));

    public static async Task<IResult> ListFreezeExceptions(Guid? projectId, FreezeAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListExceptionsAsync(projectId, ct));

    /// <summary>A leader lets one entry of one project in a frozen month in, with a reason; send its id as <c>freezeExceptionId</c>.</summary>
    public static async Task<IResult> GrantFreezeException(FreezeExceptionInput input, FreezeAppService service, CancellationToken ct)
    {
        var dto = await service.GrantExceptionAsync(input, ct);
        return Results.Created($"/api/v1/freezes/exceptions/{dto.Id}", dto);
    }
}
