using InvestAid.Hosting;
using InvestAid.Identity;
using InvestAid.Workflows.Operations;

namespace InvestAid.Workflows;

/// <summary>The operations view for administrators: load per procedure, instances needing attention, external-task incidents and their retry.</summary>
public sealed class WorkflowOperationsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/admin/operations").WithTags("Administration").RequireAuthorization(Permissions.Administration.Default);
        g.MapGet("", GetWorkflowOperations).WithName(nameof(GetWorkflowOperations)).Produces<WorkflowOperationsDto>();
        g.MapPost("/incidents/{id}/retry", RetryExternalTaskIncident).WithName(nameof(RetryExternalTaskIncident))
            .Produces(204).ProducesProblem(404).ProducesProblem(409);
    }

    public static async Task<IResult> GetWorkflowOperations(WorkflowOperationsService operations, CancellationToken ct) =>
        Results.Ok(await operations.GetAsync(ct));

    /// <summary>Gives the incident a retry: workers fetch the external task again. 409 when it still has retries (no incident).</summary>
    public static async Task<IResult> RetryExternalTaskIncident(string id, WorkflowOperationsService operations, CancellationToken ct)
    {
        await operations.RetryIncidentAsync(id, ct);
        return Results.NoContent();
    }
}
