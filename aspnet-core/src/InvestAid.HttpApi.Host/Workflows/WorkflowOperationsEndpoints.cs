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
        g.MapGet("/instances", SearchWorkflowInstances).WithName(nameof(SearchWorkflowInstances)).Validate<InstanceSearchQuery>()
            .Produces<InvestAid.Common.PagedResult<InstanceSummaryDto>>().ProducesValidationProblem();
        g.MapPost("/instances/bulk", BulkWorkflowInstanceAction).WithName(nameof(BulkWorkflowInstanceAction)).Validate<BulkInstanceActionRequest>()
            .Produces<BulkInstanceResultDto>().ProducesValidationProblem().ProducesProblem(409);
        g.MapGet("/definitions/{key}/versions/{version:int}/statistics", GetWorkflowDefinitionStatistics)
            .WithName(nameof(GetWorkflowDefinitionStatistics)).Produces<DefinitionStatisticsDto>().ProducesValidationProblem().ProducesProblem(404);
    }

    /// <summary>
    /// Instances by procedure (<c>definitionKey</c>, <c>version</c>), business-key prefix, <c>state</c> (running, suspended, faulted,
    /// completed, cancelled), <c>hasIncident</c> and a variable's value (<c>variableName</c> + <c>variableValue</c>); newest first, paged.
    /// </summary>
    public static async Task<IResult> SearchWorkflowInstances([AsParameters] InstanceSearchQuery query, CockpitService cockpit, CancellationToken ct) =>
        Results.Ok(await cockpit.SearchAsync(query, ct));

    /// <summary>
    /// Cancel, suspend, resume or migrate the instances listed (with the version seen in the preview) or found by a query.
    /// <c>dryRun</c> changes nothing and tells per instance what would happen; the real run audits each instance it changes.
    /// 409 when a listed instance changed since the preview (nothing done).
    /// </summary>
    public static async Task<IResult> BulkWorkflowInstanceAction(BulkInstanceActionRequest request, BulkInstanceActions bulk, CancellationToken ct) =>
        Results.Ok(await bulk.RunAsync(request, ct));

    /// <summary>
    /// One procedure version: tokens and open incidents per element, and per step the median and 90th percentile of the time spent
    /// (hours and working days) over the steps that ended from <c>from</c> to <c>to</c> (default the last 90 days).
    /// </summary>
    public static async Task<IResult> GetWorkflowDefinitionStatistics(
        string key, int version, [AsParameters] DefinitionStatisticsQuery query, CockpitService cockpit, CancellationToken ct) =>
        Results.Ok(await cockpit.StatisticsAsync(key, version, query, ct));

    public static async Task<IResult> GetWorkflowOperations(WorkflowOperationsService operations, CancellationToken ct) =>
        Results.Ok(await operations.GetAsync(ct));

    /// <summary>Gives the incident a retry: workers fetch the external task again. 409 when it still has retries (no incident).</summary>
    public static async Task<IResult> RetryExternalTaskIncident(string id, WorkflowOperationsService operations, CancellationToken ct)
    {
        await operations.RetryIncidentAsync(id, ct);
        return Results.NoContent();
    }
}
